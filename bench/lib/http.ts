// The app server for the bench (next start on the bench database) and a signed-in HTTP client.
import { spawn, type ChildProcess } from "node:child_process";

export interface Server {
  url: string;
  process: ChildProcess;
  stop(): Promise<void>;
}

export async function startServer(port: number, env: Record<string, string>, log: (line: string) => void): Promise<Server> {
  const url = `http://127.0.0.1:${port}`;
  const child = spawn("npx", ["next", "start", "-p", String(port), "-H", "127.0.0.1"], {
    env: { ...process.env, ...env, NEXTAUTH_URL: url, PORT: String(port), NODE_ENV: "production" },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  let output = "";
  child.stdout!.on("data", (d) => (output += d));
  child.stderr!.on("data", (d) => (output += d));
  const deadline = Date.now() + 90_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`next start exited (${child.exitCode}):\n${output}`);
    try {
      const res = await fetch(`${url}/login`);
      await res.arrayBuffer();
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`next start on ${port} did not answer /login within 90 s:\n${output}`);
    await new Promise((r) => setTimeout(r, 250));
  }
  log(`server up on ${url} (pid ${child.pid})`);
  return {
    url,
    process: child,
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((r) => child.once("exit", r));
      // Its own process group (detached): npx and the next-server child stop together.
      try {
        process.kill(-child.pid!, "SIGTERM");
      } catch {
        child.kill("SIGTERM");
      }
      await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
      // npx exits before its next-server child: wait until the whole group is gone (PGlite's
      // directory lock is released only then).
      const groupAlive = () => {
        try {
          process.kill(-child.pid!, 0);
          return true;
        } catch {
          return false;
        }
      };
      for (let i = 0; i < 60 && groupAlive(); i++) await new Promise((r) => setTimeout(r, 250));
      if (groupAlive()) {
        try {
          process.kill(-child.pid!, "SIGKILL");
        } catch {
          // gone
        }
        for (let i = 0; i < 20 && groupAlive(); i++) await new Promise((r) => setTimeout(r, 250));
      }
    },
  };
}

function cookiesFrom(res: Response, jar: Map<string, string>) {
  for (const c of res.headers.getSetCookie()) {
    const [pair] = c.split(";");
    const i = pair!.indexOf("=");
    jar.set(pair!.slice(0, i), pair!.slice(i + 1));
  }
}
const cookieHeader = (jar: Map<string, string>) => [...jar].map(([k, v]) => `${k}=${v}`).join("; ");

/** next-auth's credentials flow over HTTP; returns the Cookie header of the signed-in session. */
export async function signIn(baseUrl: string, email: string, password: string): Promise<string> {
  const jar = new Map<string, string>();
  const csrfRes = await fetch(`${baseUrl}/api/auth/csrf`);
  cookiesFrom(csrfRes, jar);
  const { csrfToken } = (await csrfRes.json()) as { csrfToken: string };
  const res = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookieHeader(jar) },
    body: new URLSearchParams({ csrfToken, email, password, json: "true", callbackUrl: `${baseUrl}/home` }),
  });
  cookiesFrom(res, jar);
  await res.arrayBuffer();
  if (![...jar.keys()].some((k) => k.includes("session-token"))) throw new Error(`sign-in as ${email} failed (HTTP ${res.status})`);
  return cookieHeader(jar);
}

/** One GET, timed to the last byte of the body; refuses anything but 200 so a redirect to /login is never measured. */
export async function timedGet(url: string, cookie: string | undefined): Promise<{ ms: number; body: string }> {
  const t0 = performance.now();
  const res = await fetch(url, { headers: cookie ? { cookie } : {}, redirect: "manual" });
  const body = await res.text();
  const ms = performance.now() - t0;
  if (res.status !== 200) throw new Error(`GET ${url}: HTTP ${res.status}`);
  return { ms, body };
}

/** N sequential requests after `warmup` unmeasured ones; bounded by count and by `maxMs`. */
export async function sample(fn: () => Promise<unknown>, n: number, warmup = 2, maxMs = 60_000): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await fn();
  const out: number[] = [];
  const stopAt = performance.now() + maxMs;
  for (let i = 0; i < n && performance.now() < stopAt; i++) {
    const t0 = performance.now();
    await fn();
    out.push(performance.now() - t0);
  }
  return out;
}
