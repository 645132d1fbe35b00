// The part of Eleventy's dev server that `statusmark serve` uses; the package ships no types.
declare module "@11ty/eleventy-dev-server" {
  export type RequestResult =
    string | { status?: number; headers?: Record<string, string>; body?: string } | undefined;
  export interface DevServerOptions {
    port?: number;
    liveReload?: boolean;
    domDiff?: boolean;
    logger?: {
      info(...args: unknown[]): void;
      log(...args: unknown[]): void;
      error(...args: unknown[]): void;
    };
    messageOnStart?: () => string | false;
    onRequest?: Record<string, (request: { url: URL }) => RequestResult | Promise<RequestResult>>;
  }
  export interface ReloadEvent {
    files?: string[];
    subtype?: "css";
    build?: { templates: { url: string; inputPath: string; content: string }[] };
  }
  export default class EleventyDevServer {
    static getServer(name: string, dir: string, options?: DevServerOptions): EleventyDevServer;
    serve(port: number): void;
    ready(): Promise<void>;
    getServerUrl(host: string, pathname?: string): string;
    reload(event?: ReloadEvent): void;
    close(): Promise<void>;
  }
}
