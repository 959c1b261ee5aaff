import { ConfigError, redactUrl } from "./config";

const codeOf = (error: unknown): string | undefined => (error as { code?: string } | undefined)?.code;

/** Why a server could not listen, as the variable to change. */
export function listenProblem(error: unknown, host: string, port: number): Error {
  switch (codeOf(error)) {
    case "EADDRINUSE":
      return new ConfigError([`PORT=${port} is already in use on ${host}; stop the other process or choose another PORT`]);
    case "EACCES":
      return new ConfigError([`PORT=${port} needs privileges this process lacks; choose a PORT above 1023`]);
    case "EADDRNOTAVAIL":
    case "ENOTFOUND":
    case "EAI_AGAIN":
    case "EAI_FAIL":
      return new ConfigError([
        `HOST=${host} is not an address of this machine; use 0.0.0.0 (every interface), 127.0.0.1 or one of its addresses`,
      ]);
    default:
      return error as Error;
  }
}

const DATABASE_PROBLEMS: Record<string, string> = {
  ECONNREFUSED: "nothing accepts connections there; start PostgreSQL or correct the host and port",
  ENOTFOUND: "its host name is unknown; correct the host",
  EAI_AGAIN: "its host name cannot be resolved now; correct the host or check DNS",
  ENOENT: "no PostgreSQL socket is at that path; start PostgreSQL or correct the socket directory",
  ETIMEDOUT: "the server did not answer in time; check the host, port and firewall",
  EHOSTUNREACH: "the host cannot be reached; check the host and network",
  "28P01": "the user name or password is wrong; correct them",
  "28000": "the server refuses this user; correct the user or the server's pg_hba.conf",
  "3D000": "the database does not exist; create it or correct its name",
  "42501": "the user may not create the service's schema; grant CREATE on the database or use another user",
};

/** A database that cannot be used at start-up, as one line naming the variable; anything else unchanged. */
export function databaseProblem(error: unknown, variable: string, url: string): Error {
  const code = codeOf(error);
  const message = (error as Error | undefined)?.message ?? "";
  const problem =
    (code && DATABASE_PROBLEMS[code]) ??
    (/timeout/i.test(message)
      ? DATABASE_PROBLEMS.ETIMEDOUT
      : /password authentication/i.test(message)
        ? DATABASE_PROBLEMS["28P01"]
        : undefined);
  if (!problem) return error as Error;
  return new ConfigError([`${variable} (${redactUrl(url)}) cannot be used: ${problem}`]);
}
