/** A problem with an API directory, naming the file to change. */
export class ApiDescriptionError extends Error {
  override readonly name = 'ApiDescriptionError';
  constructor(readonly problems: readonly { readonly file: string; readonly message: string }[]) {
    super(`The API description has ${problems.length === 1 ? 'a problem' : `${problems.length} problems`}:\n` +
      problems.map((p) => `  ${p.file}: ${p.message}`).join('\n'));
  }
}
