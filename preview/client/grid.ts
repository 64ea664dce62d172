// The sheet grid: display values, notes, colours; select with mouse or keys, edit with Enter or a double-click.
import type { CellView, SheetView } from '../shared/api';
import { cellA1, columnLetter, parseCellA1 } from '../shared/a1';
import { el } from './dom';

export interface GridHandlers {
  /** The cursor is on `a1` (the cell's view, or null when empty); `moved` when a person moved it. */
  onSelect(a1: string, cell: CellView | null, moved: boolean): void;
  /** A person typed `value` into `a1` and pressed Enter; the cursor goes on to `next`. */
  onEdit(a1: string, value: string, next: string): Promise<void>;
}

interface Position {
  row: number;
  column: number;
}

export class Grid {
  readonly #root: HTMLElement;
  readonly #handlers: GridHandlers;
  #view: SheetView | undefined;
  #at: Position = { row: 1, column: 1 };
  #editing: HTMLInputElement | undefined;

  constructor(root: HTMLElement, handlers: GridHandlers) {
    this.#root = root;
    this.#handlers = handlers;
    root.tabIndex = 0;
    root.addEventListener('keydown', (e) => this.#key(e));
    root.addEventListener('click', (e) => {
      const at = this.#cellOf(e.target);
      if (at) this.#select(at);
    });
    root.addEventListener('dblclick', (e) => {
      const at = this.#cellOf(e.target);
      if (at) this.#startEdit(at);
    });
  }

  get sheetName(): string | undefined {
    return this.#view?.name;
  }

  render(view: SheetView, selection: string): void {
    const scroll = { top: this.#root.scrollTop, left: this.#root.scrollLeft };
    const sameSheet = this.#view?.name === view.name;
    this.#view = view;
    this.#editing = undefined;
    const header = el('tr', {}, el('th', { className: 'corner' }));
    for (let c = 1; c <= view.columns; c++) {
      header.append(el('th', { className: 'col-head', text: columnLetter(c) }));
    }
    const body = el('tbody');
    view.cells.forEach((line, r) => {
      const tr = el('tr', { className: r < Math.max(1, view.frozenRows) ? 'frozen' : '' });
      tr.append(el('th', { className: 'row-head', text: String(r + 1) }));
      line.forEach((cell, c) => tr.append(this.#cell(cell, r + 1, c + 1)));
      body.append(tr);
    });
    const lists = view.lists.map((choices, i) =>
      el(
        'datalist',
        { attrs: { id: `list-${i}` } },
        ...choices.map((v) => el('option', { attrs: { value: v } })),
      ),
    );
    const more =
      view.rows < view.maxRows && view.rows >= 5000
        ? [el('p', { className: 'cut', text: `Showing the first ${view.rows} rows.` })]
        : [];
    this.#root.replaceChildren(
      el('table', { className: 'sheet' }, el('thead', {}, header), body),
      ...lists,
      ...more,
    );
    if (sameSheet) Object.assign(this.#root, { scrollTop: scroll.top, scrollLeft: scroll.left });
    this.#select(parseCellA1(selection) ?? { row: 1, column: 1 }, false);
  }

  focus(): void {
    this.#root.focus();
  }

  #cell(cell: CellView | null, row: number, column: number): HTMLTableCellElement {
    const td = el('td', {
      text: cell?.v ?? '',
      attrs: { 'data-row': String(row), 'data-col': String(column) },
    });
    if (!cell) return td;
    const classes = [
      cell.note ? 'has-note' : '',
      cell.list !== undefined ? 'has-list' : '',
      /^https?:\/\/\S+$/.test(cell.v) ? 'has-link' : '',
    ];
    td.className = classes.filter(Boolean).join(' ');
    if (cell.note) td.title = cell.note;
    if (cell.bg) td.style.backgroundColor = cell.bg;
    if (cell.color) td.style.color = cell.color;
    if (cell.bold) td.style.fontWeight = 'bold';
    if (cell.align) td.style.textAlign = cell.align;
    return td;
  }

  #cellOf(target: EventTarget | null): Position | undefined {
    const td = target instanceof Element ? target.closest('td') : null;
    if (!td || this.#editing) return undefined;
    return { row: Number(td.dataset.row), column: Number(td.dataset.col) };
  }

  #td(at: Position): HTMLTableCellElement | null {
    return this.#root.querySelector(`td[data-row="${at.row}"][data-col="${at.column}"]`);
  }

  #viewOf(at: Position): CellView | null {
    return this.#view?.cells[at.row - 1]?.[at.column - 1] ?? null;
  }

  #select(at: Position, tell = true): void {
    const view = this.#view;
    if (!view) return;
    const next = {
      row: Math.min(Math.max(1, at.row), view.rows),
      column: Math.min(Math.max(1, at.column), view.columns),
    };
    this.#td(this.#at)?.classList.remove('selected');
    this.#at = next;
    const td = this.#td(next);
    td?.classList.add('selected');
    td?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    this.#handlers.onSelect(cellA1(next.row, next.column), this.#viewOf(next), tell);
  }

  #startEdit(at: Position, typed?: string): void {
    const td = this.#td(at);
    if (!td) return;
    this.#select(at);
    const cell = this.#viewOf(at);
    const input = el('input', {
      className: 'editor',
      attrs: { 'aria-label': `Edit ${cellA1(at.row, at.column)}` },
    });
    input.value = typed ?? cell?.f ?? cell?.v ?? '';
    if (cell?.list !== undefined) input.setAttribute('list', `list-${cell.list}`);
    td.replaceChildren(input);
    this.#editing = input;
    input.focus();
    input.addEventListener('keydown', (e) => {
      e.stopPropagation();
      if (e.key === 'Escape') this.#cancelEdit(td, cell);
      if (e.key === 'Enter' || e.key === 'Tab') {
        e.preventDefault();
        const move =
          e.key === 'Enter'
            ? { row: at.row + 1, column: at.column }
            : { row: at.row, column: at.column + 1 };
        this.#commit(at, input.value, move);
      }
    });
    input.addEventListener('blur', () => {
      if (this.#editing === input) this.#cancelEdit(td, cell);
    });
  }

  #cancelEdit(td: HTMLTableCellElement, cell: CellView | null): void {
    this.#editing = undefined;
    td.textContent = cell?.v ?? '';
    this.#root.focus();
  }

  #commit(at: Position, value: string, move: Position): void {
    this.#editing = undefined;
    this.#root.focus();
    void this.#handlers.onEdit(cellA1(at.row, at.column), value, cellA1(move.row, move.column));
  }

  #key(e: KeyboardEvent): void {
    if (this.#editing || !this.#view) return;
    const { row, column } = this.#at;
    const moves: Record<string, Position> = {
      ArrowUp: { row: row - 1, column },
      ArrowDown: { row: row + 1, column },
      ArrowLeft: { row, column: column - 1 },
      ArrowRight: { row, column: column + 1 },
    };
    const move = moves[e.key];
    if (move) {
      e.preventDefault();
      this.#select(move);
    } else if (e.key === 'Enter' || e.key === 'F2') {
      e.preventDefault();
      this.#startEdit(this.#at);
    } else if (e.key === 'Delete' || e.key === 'Backspace') {
      e.preventDefault();
      const here = cellA1(row, column);
      void this.#handlers.onEdit(here, '', here);
    } else if (e.key.length === 1 && !e.ctrlKey && !e.metaKey && !e.altKey) {
      e.preventDefault();
      this.#startEdit(this.#at, e.key);
    }
  }
}
