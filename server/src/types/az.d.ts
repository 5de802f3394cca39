/** Minimal typing of the parts of `az` the engine uses. */
declare module 'az' {
  const Az: {
    load: (url: string, responseType: string, callback: (err: unknown, data?: unknown) => void) => void;
    Morph: ((word: string, config?: unknown) => any[]) & {
      init(path: string, callback: (err: unknown) => void): void;
    };
  };
  export default Az;
}
