/**
 * Samples this process's resident set size while cases run, so a report can say how much
 * memory the runner needed (bodies are streamed; the 500 MB upload must not show up here).
 */
export interface RssWindow {
  /** The largest RSS seen since the window opened, in bytes. */
  peak(): number;
  close(): number;
}

export class RssSampler {
  private readonly windows = new Set<{ max: number }>();
  private timer: NodeJS.Timeout | undefined;
  private overall = 0;

  constructor(private readonly intervalMs = 20) {}

  private sample(): void {
    const rss = process.memoryUsage.rss();
    if (rss > this.overall) this.overall = rss;
    for (const w of this.windows) if (rss > w.max) w.max = rss;
  }

  start(): void {
    this.sample();
    this.timer ??= setInterval(() => this.sample(), this.intervalMs);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    this.sample();
  }

  open(): RssWindow {
    const w = { max: process.memoryUsage.rss() };
    this.windows.add(w);
    return {
      peak: () => w.max,
      close: () => {
        this.sample();
        this.windows.delete(w);
        return w.max;
      },
    };
  }

  get peak(): number {
    return this.overall;
  }
}
