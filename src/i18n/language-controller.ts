import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { bootMessages, loadedMessages, loadMessages, type Direction, type Messages } from './index.js';
import { ancestry, pageLanguage } from './page-language.js';

export interface Language {
  locale: string;
  dir: Direction;
  messages: Messages;
  /** False only until the first catalog has arrived: show a skeleton, not English. */
  ready: boolean;
}

/**
 * A host's language, following the page: the explicit `locale`, else the nearest `lang`/`dir`
 * (see `pageLanguage`). It watches every element from the host up (attributes `lang` and `dir`
 * only, crossing shadow roots) and the browser's language, so a host page that switches language
 * re-renders the widget in place. A new language takes effect once its catalog has loaded; until
 * then the previous one stays on screen, so switching never flashes English or blanks the widget.
 *
 * Lazy: nothing is watched or loaded until the host first asks with `get()`.
 */
export class LanguageController implements ReactiveController {
  /** Settles when a catalog this host is waiting for has loaded; `undefined` when none is. */
  pending?: Promise<void>;

  private readonly host: ReactiveControllerHost & HTMLElement;
  private observer?: MutationObserver;
  private active = false;
  private stale = true;
  private explicit?: string | null;
  private current?: Language;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.host = host;
    host.addController(this);
  }

  hostConnected(): void {
    if (!this.active) return;
    // It may have moved under another `lang`.
    this.watch();
    this.changed();
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    window.removeEventListener('languagechange', this.changed);
  }

  /** The language to render with now; the first call starts watching the page. */
  get(explicit?: string | null): Language {
    if (!this.active) {
      this.active = true;
      if (this.host.isConnected) this.watch();
    }
    if (this.stale || explicit !== this.explicit) {
      this.stale = false;
      this.explicit = explicit;
      this.resolve();
    }
    return this.current!;
  }

  private resolve(): void {
    const wanted = pageLanguage(this.host, this.explicit);
    const messages = loadedMessages(wanted.locale);
    if (messages) {
      this.pending = undefined;
      const { current } = this;
      const same = current?.ready && current.locale === wanted.locale && current.dir === wanted.dir && current.messages === messages;
      // The same object when nothing changed, so hosts can compare by identity.
      if (!same) this.current = { locale: wanted.locale, dir: wanted.dir, messages, ready: true };
      return;
    }
    this.current ??= { locale: wanted.locale, dir: wanted.dir, messages: bootMessages(wanted.locale), ready: false };
    const load: Promise<void> = loadMessages(wanted.locale).then(() => {
      if (this.pending === load) this.pending = undefined;
      this.changed();
    });
    this.pending = load;
  }

  private readonly changed = (): void => {
    this.stale = true;
    this.host.requestUpdate();
  };

  private watch(): void {
    this.observer ??= new MutationObserver(this.changed);
    this.observer.disconnect();
    for (const element of ancestry(this.host)) {
      this.observer.observe(element, { attributes: true, attributeFilter: ['lang', 'dir'] });
    }
    window.addEventListener('languagechange', this.changed);
  }
}
