/**
 * Play the propagation: documents appear in date order (one issuing date per step, undated
 * ones last) at a speed the user controls. Works on whatever the view has drawn.
 */
import type { Core, NodeCollection } from 'cytoscape';

/** Steps per second for the speed slider's positions 1..10. */
export const SPEEDS = [0.5, 1, 1.5, 2, 3, 5, 8, 12, 20, 40];

export interface PlayTick { date: string | null; shown: number; total: number; playing: boolean; finished: boolean }

export class Player {
  private steps: NodeCollection[] = [];
  private dates: Array<string | null> = [];
  private i = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private shown = 0;
  private total = 0;
  private speed = 4;
  private active = false;

  constructor(private readonly getCy: () => Core | null, private readonly onTick: (t: PlayTick) => void) {}

  get playing(): boolean { return this.timer !== null; }
  get isActive(): boolean { return this.active; }

  setSpeed(level: number): void { this.speed = Math.min(SPEEDS.length, Math.max(1, Math.round(level))); }

  /** Start from the beginning, or resume when paused. */
  play(): void {
    const cy = this.getCy();
    if (!cy) return;
    if (!this.active || this.i >= this.steps.length) this.prepare(cy);
    if (!this.steps.length) return;
    this.schedule(0);
  }

  pause(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.emit(false);
  }

  /** Stop and show everything. */
  stop(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const cy = this.getCy();
    if (cy && this.active) cy.batch(() => cy.elements('.play-hidden, .fresh').removeClass('play-hidden fresh'));
    this.active = false;
    this.steps = [];
    this.emit(false);
  }

  /** The graph was redrawn: playback state no longer applies. */
  reset(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.active = false;
    this.steps = [];
  }

  private prepare(cy: Core): void {
    const docs = cy.nodes('.doc').not('.filtered-out');
    const byDate = new Map<string, NodeCollection>();
    const undated = cy.collection();
    docs.forEach((n) => {
      const d = n.data('issuedOn') as string | null;
      if (!d) { undated.merge(n); return; }
      let c = byDate.get(d);
      if (!c) byDate.set(d, (c = cy.collection()));
      c.merge(n);
    });
    const dates = [...byDate.keys()].sort();
    this.steps = dates.map((d) => byDate.get(d)!);
    this.dates = [...dates];
    if (undated.length) { this.steps.push(undated); this.dates.push(null); }
    // "+N more" placeholders appear with the node they belong to.
    cy.nodes('.more').forEach((m) => {
      const idx = this.steps.findIndex((s) => s.getElementById(String(m.data('moreOf'))).nonempty());
      if (idx >= 0) this.steps[idx] = this.steps[idx].union(m);
    });
    this.total = docs.length;
    this.shown = 0;
    this.i = 0;
    this.active = true;
    cy.batch(() => { cy.nodes('.doc, .more').addClass('play-hidden'); cy.elements('.fresh').removeClass('fresh'); });
  }

  private schedule(delay: number): void {
    this.timer = setTimeout(() => this.step(), delay);
  }

  private step(): void {
    const cy = this.getCy();
    if (!cy || this.i >= this.steps.length) { this.timer = null; this.emit(false); return; }
    // Big graphs: several dates per tick so that a play stays within about a minute.
    const perTick = Math.max(1, Math.ceil(this.steps.length / 600));
    cy.batch(() => {
      cy.elements('.fresh').removeClass('fresh');
      for (let k = 0; k < perTick && this.i < this.steps.length; k++, this.i++) {
        const s = this.steps[this.i];
        s.removeClass('play-hidden').addClass('fresh');
        this.shown += s.filter('.doc').length;
      }
    });
    const finished = this.i >= this.steps.length;
    if (finished) {
      this.timer = null;
      this.emit(false);
      return;
    }
    this.emit(true);
    this.schedule(1000 / SPEEDS[this.speed - 1]);
  }

  private emit(playing: boolean): void {
    const idx = Math.max(0, Math.min(this.i, this.dates.length) - 1);
    this.onTick({
      date: this.dates[idx] ?? null, shown: this.shown, total: this.total, playing,
      finished: this.active && this.i >= this.steps.length,
    });
  }
}
