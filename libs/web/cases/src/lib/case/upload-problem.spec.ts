import { fileProblem, MAX_UPLOAD_BYTES, uploadProblem } from './upload-problem';

describe('upload messages in French', () => {
  it('shows the server’s own message for a refused file', () => {
    const body = {
      code: 'BAD_USER_INPUT',
      field: 'file',
      message: 'Type de fichier refusé : text/html (.html).',
    };
    expect(uploadProblem(400, body)).toBe('Type de fichier refusé : text/html (.html).');
  });

  it('explains a network failure and an answer without a message', () => {
    expect(uploadProblem(0, null)).toMatch(/^Le serveur ne répond pas/);
    expect(uploadProblem(413, '<html>')).toBe('Fichier trop volumineux (10 Mo au plus).');
    expect(uploadProblem(502, null)).toMatch(/erreur 502/);
  });

  it('refuses before sending what the server would refuse anyway', () => {
    expect(fileProblem(null)).toBe('Choisissez un fichier à joindre.');
    expect(fileProblem({ size: 0 })).toBe('Le fichier est vide.');
    expect(fileProblem({ size: MAX_UPLOAD_BYTES + 1 })).toBe('Fichier trop volumineux (10 Mo au plus).');
    expect(fileProblem({ size: 1024 })).toBeNull();
  });
});
