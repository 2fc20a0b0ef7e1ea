import { OperationDefinitionNode, parse } from 'graphql';
import { findNulCharacter } from '../validation/nul-characters';
import { findNulInOperation } from './nul-characters.plugin';

function find(query: string, variables: Record<string, unknown> = {}) {
  const document = parse(query);
  const operation = document.definitions.find(
    (definition): definition is OperationDefinitionNode => definition.kind === 'OperationDefinition',
  )!;
  return findNulInOperation(document, operation, variables);
}

describe('NUL characters in an operation', () => {
  it('are found in a variable, named by the argument’s path whatever the variable’s name', () => {
    expect(find('mutation($i: X!) { createCase(input: $i) { id } }', { i: { title: 'a\u0000b' } })).toBe(
      'input.title',
    );
    expect(find('query($s: String) { cases(filter: { search: $s }) { id } }', { s: 'a\u0000b' })).toBe(
      'filter.search',
    );
  });

  it('are found written inline, in lists, in nested fields, in fragments and in default values', () => {
    expect(find('{ login(email: "a\\u0000b@x.fr") { id } }')).toBe('email');
    expect(find('{ a { b(ids: ["x", "y\\u0000"]) { id } } }')).toBe('ids.1');
    expect(find('{ ...F } fragment F on Query { a(input: { persons: [{ name: "\\u0000" }] }) { id } }')).toBe(
      'input.persons.0.name',
    );
    expect(find('query($s: String = "\\u0000") { a(search: $s) { id } }')).toBe('search');
    expect(find('query($ids: [String]) { a(ids: $ids) { id } }', { ids: ['ok', 'k\u0000'] })).toBe('ids.1');
  });

  it('find nothing in a clean operation, nor in an unused variable', () => {
    expect(find('query($s: String) { a(search: $s) { id } }', { s: 'propre', other: '\u0000' })).toBeNull();
    expect(find('{ a(search: "sans nul") { id } }')).toBeNull();
  });
});

describe('NUL characters in a JSON value', () => {
  it('are found at any depth, and in a key (naming the object)', () => {
    expect(findNulCharacter({ filter: { search: ['a', 'b\u0000'] } }, [])).toBe('filter.search.1');
    expect(findNulCharacter({ geometry: { 'k\u0000': 1 } }, ['input'])).toBe('input.geometry');
    expect(findNulCharacter({ a: 1, b: null, c: 'clean' }, [])).toBeNull();
  });

  it('are found in order, 100,000 levels deep, without overflowing the stack or copying paths', () => {
    expect(findNulCharacter({ a: ['ok', { b: 'x\u0000' }], c: '\u0000' }, ['input'])).toBe('input.a.1.b');
    let value: unknown = 'fond\u0000';
    for (let i = 0; i < 100_000; i++) value = i % 2 ? [value] : { a: value };
    const started = performance.now();
    const found = findNulCharacter(value, ['area']);
    expect(found?.split('.')).toHaveLength(100_001);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
