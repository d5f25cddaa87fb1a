"use client";

// The root layout itself failed, so no messages are loaded: a bilingual fixed text is all we can show.
export default function GlobalError({ error }: { error: Error & { digest?: string } }) {
  return (
    <html lang="zh-CN">
      <body>
        <main style={{ maxWidth: 640, margin: "2rem auto", fontFamily: "system-ui" }}>
          <h1>系统暂时无法处理请求 / The portal could not handle the request</h1>
          <p>请稍后再试。Please try again later.</p>
          {error.digest ? <p>Ref: {error.digest}</p> : null}
        </main>
      </body>
    </html>
  );
}
