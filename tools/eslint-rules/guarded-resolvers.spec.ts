import { Linter, RuleTester } from 'eslint';
import tseslint from 'typescript-eslint';
// A namespace import reads a CommonJS module the same with or without esModuleInterop.
import * as rule from './guarded-resolvers.cjs';
import * as plugin from './index.cjs';

const ruleTester = new RuleTester({
  languageOptions: { parser: tseslint.parser, ecmaVersion: 2022, sourceType: 'module' },
});

const unguarded = (name: string) => ({ messageId: 'unguarded', data: { name } });

ruleTester.run('continuum/guarded-resolvers', rule, {
  valid: [
    {
      name: 'each operation declares its access on the method',
      code: `
        @Resolver(() => Zone)
        export class ZoneResolver {
          @Public() @Query(() => AppInfo) appInfo() {}
          @Authenticated() @Query(() => [Zone]) zones() {}
          @Can('create', 'Zone') @Mutation(() => Zone) createZone() {}
          @Authenticated() @Subscription(() => Zone) zoneChanged() {}
          @Authenticated() @ResolveField(() => String) kindLabel() {}
        }`,
    },
    {
      name: 'access declared once on the class covers every operation',
      code: `
        @Authenticated()
        @Resolver(() => Commune)
        export class CommuneResolver {
          @Query(() => [Commune]) communes() {}
          @ResolveField(() => Epci) epci() {}
        }`,
    },
    {
      name: 'decorator order does not matter',
      code: `
        @Resolver()
        class R {
          @Query(() => Int) @Can('read', 'AuditEntry') count() {}
        }`,
    },
    {
      name: 'methods without an operation decorator are not operations',
      code: `
        @Resolver()
        class R {
          private helper() {}
          @Authenticated() @Query(() => Int) answer() { return this.helper(); }
        }`,
    },
    {
      name: 'controller routes with access, on the method or the class',
      code: `
        @Controller('health')
        class HealthController {
          @Public() @Get() health() {}
        }
        @Controller('admin')
        @Can('manage', 'all')
        class AdminController {
          @Post('reindex') reindex() {}
          @Delete(':id') remove() {}
        }`,
    },
    {
      name: 'classes that are neither resolver nor controller are ignored',
      code: `
        @Injectable()
        class ZoneService {
          @Get() notARoute() {}
        }
        class Plain { @Query() alsoIgnored() {} }`,
    },
    {
      name: 'renamed imports are resolved to the exported name',
      code: `
        import { Query as GqlQuery, Resolver as GqlResolver } from '@nestjs/graphql';
        import { Public as Open } from '@continuum/server/platform';
        @GqlResolver()
        class R {
          @Open() @GqlQuery(() => Int) answer() {}
        }`,
    },
    {
      name: 'a project decorator can be declared as an access decorator',
      options: [{ accessDecorators: ['AdminOnly'] }],
      code: `
        @Resolver()
        class R {
          @AdminOnly() @Mutation(() => Boolean) purge() {}
        }`,
    },
  ],
  invalid: [
    {
      name: 'a query with no access decorator',
      code: `
        @Resolver(() => Zone)
        export class ZoneResolver {
          @Query(() => [Zone]) zones() {}
          @Authenticated() @Query(() => Zone) zone() {}
        }`,
      errors: [{ ...unguarded('zones'), line: 4 }],
    },
    {
      name: 'every kind of operation is checked',
      code: `
        @Resolver()
        class R {
          @Query(() => Int) q() {}
          @Mutation(() => Int) m() {}
          @Subscription(() => Int) s() {}
          @ResolveField(() => Int) f() {}
        }`,
      errors: [unguarded('q'), unguarded('m'), unguarded('s'), unguarded('f')],
    },
    {
      name: 'a class-level decorator that is not an access decorator does not count',
      code: `
        @UseInterceptors(Logging)
        @Resolver()
        class R {
          @UseGuards(Other) @Mutation(() => Boolean) purge() {}
        }`,
      errors: [unguarded('purge')],
    },
    {
      name: 'controller routes of every verb',
      code: `
        @Controller('things')
        class ThingsController {
          @Get() list() {}
          @Post() create() {}
          @Put(':id') replace() {}
          @Patch(':id') update() {}
          @Delete(':id') remove() {}
          @All('*') fallback() {}
          @Public() @Get('ok') ok() {}
        }`,
      errors: ['list', 'create', 'replace', 'update', 'remove', 'fallback'].map(unguarded),
    },
    {
      name: 'class expressions and string-named methods',
      code: `
        export const R = @Resolver() class {
          @Query(() => Int) 'quoted-name'() {}
        };`,
      errors: [unguarded('quoted-name')],
    },
    {
      name: 'namespace-qualified operation decorator',
      code: `
        import * as graphql from '@nestjs/graphql';
        @graphql.Resolver()
        class R {
          @graphql.Query(() => Int) answer() {}
        }`,
      errors: [unguarded('answer')],
    },
    {
      name: 'the message names the method and the three ways out',
      code: `
        @Resolver()
        class R { @Query(() => Int) answer() {} }`,
      errors: [
        {
          message:
            'Resolver method "answer" declares no access: add @Public(), @Authenticated() or @Can(...)',
        },
      ],
    },
  ],
});

describe('the continuum plugin', () => {
  it('reports through the name eslint.config.mjs uses, continuum/guarded-resolvers', () => {
    const messages = new Linter().verify(
      '@Resolver() class R { @Query(() => Int) answer() {} }',
      [
        {
          files: ['**/*.ts'],
          languageOptions: { parser: tseslint.parser },
          plugins: { continuum: plugin },
          rules: { 'continuum/guarded-resolvers': 'error' },
        },
      ],
      'answer.resolver.ts',
    );
    expect(messages.map((m) => [m.ruleId, m.message])).toEqual([
      [
        'continuum/guarded-resolvers',
        'Resolver method "answer" declares no access: add @Public(), @Authenticated() or @Can(...)',
      ],
    ]);
  });
});
