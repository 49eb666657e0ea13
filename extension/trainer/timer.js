// Copyright 2026 The Pronto Authors.
//
// Reply-timer pressure: a countdown against the scenario's SLA that can run
// in real time or sped up (1 s = 1 min) and be paused. Colours change with the
// time left; the pulse when late is CSS and off under prefers-reduced-motion.

export const SPEEDS = Object.freeze({ real: 1, fast: 60 });
const TICK_MS = 250;

const mmss = (seconds) => {
  const s = Math.max(0, Math.floor(seconds));
  return `${String(Math.floor(s / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;
};

/** A simulated reply clock shown in `element` (its text and data-state). */
export class SlaClock {
  #element;
  #describe;
  #slaMinutes = 15;
  #elapsedMs = 0;  // simulated
  #speed = SPEEDS.real;
  #running = false;
  #lastTick = 0;
  #interval = null;

  /**
   * @param {HTMLElement} element shows the remaining time
   * @param {(state: {left: string, over: string, slaMinutes: number, state: string}) => string} describe
   *   the sentence under the clock, in the UI language
   */
  constructor(element, describe) {
    this.#element = element;
    this.#describe = describe;
  }

  /** Starts from zero against `slaMinutes`. */
  start(slaMinutes) {
    this.#slaMinutes = slaMinutes;
    this.#elapsedMs = 0;
    this.#running = true;
    this.#lastTick = performance.now();
    this.#interval ??= setInterval(() => this.#tick(), TICK_MS);
    this.render();
  }

  get running() {
    return this.#running;
  }

  /** Simulated seconds since start. */
  get elapsedSeconds() {
    return Math.round(this.#elapsedMs / 1000);
  }

  get slaMinutes() {
    return this.#slaMinutes;
  }

  get speed() {
    return this.#speed;
  }

  setSpeed(speed) {
    this.#tick();
    this.#speed = speed;
  }

  pause() {
    this.#tick();
    this.#running = false;
    this.render();
  }

  resume() {
    this.#lastTick = performance.now();
    this.#running = true;
    this.render();
  }

  stop() {
    clearInterval(this.#interval);
    this.#interval = null;
    this.#running = false;
  }

  #tick() {
    const now = performance.now();
    if (this.#running) this.#elapsedMs += (now - this.#lastTick) * this.#speed;
    this.#lastTick = now;
    this.render();
  }

  render() {
    const totalSeconds = this.#slaMinutes * 60;
    const elapsed = this.#elapsedMs / 1000;
    const left = totalSeconds - elapsed;
    const fraction = Math.min(1, elapsed / totalSeconds);
    const state = left < 0 ? 'late' : fraction >= 0.75 ? 'warning' : 'ok';
    const display = this.#element.querySelector('.clock-time');
    const note = this.#element.querySelector('.clock-note');
    display.textContent = left < 0 ? `+${mmss(-left)}` : mmss(left);
    note.textContent = this.#describe({ left: mmss(left), over: mmss(-left), slaMinutes: this.#slaMinutes, state });
    this.#element.dataset.state = state;
    this.#element.dataset.running = String(this.#running);
    this.#element.style.setProperty('--elapsed', String(fraction));
  }
}
