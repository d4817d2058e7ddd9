import type TurndownService from 'turndown';

// The DOM calls used here (turndown's own DOM, typed loosely).
interface TableNode {
  nodeName: string;
  rows?: ArrayLike<TableNode>;
  childNodes: ArrayLike<TableNode>;
  previousSibling: TableNode | null;
  parentNode: TableNode | null;
  getAttribute(name: string): string | null;
}

const skipped = new WeakMap<TableNode, boolean>();

/**
 * Make the GFM plugin's tables linear. Its rules read `table.rows` (a live
 * list the DOM recounts on each read) once per cell and row, and find each
 * cell's index among its siblings: a 50 by 200 table took 20 s. Before turndown
 * enters a table (rule filters run on the way down), its rows and each row's
 * cells are fixed as plain arrays, and cells are written by a rule that needs
 * neither look-up; the plugin's output is unchanged.
 */
export function linearTables(service: TurndownService): void {
  service.addRule('tableCell', {
    filter: ['th', 'td'],
    replacement: (content, node) => {
      const cell = node as unknown as TableNode;
      if (skipped.get(parentTable(cell)!) ?? true) return content;
      let text = content.trim().replace(/\n\r?/g, '<br>').replace(/\|+/g, '\\|').padEnd(3, ' ');
      // Browsers read at most 1000 columns from colspan; so does this.
      for (let span = Math.min(1000, Number(cell.getAttribute('colspan') ?? 1)); span > 1; span--) text += ' |    ';
      return `${cell.previousSibling ? ' ' : '| '}${text} |`;
    },
  });
  // Never matches: it only fixes each table's rows as turndown reaches it.
  service.addRule('fixTableRows', {
    filter: (node) => {
      if (node.nodeName === 'TABLE') fixRows(node as unknown as TableNode);
      return false;
    },
    replacement: () => '',
  });
}

function fixRows(table: TableNode): void {
  const rows = Array.from(table.rows ?? []);
  Object.defineProperty(table, 'rows', { value: rows });
  // A row may be reached again from a table around this one: fixed once is enough.
  for (const row of rows) if (!Object.hasOwn(row, 'childNodes')) Object.defineProperty(row, 'childNodes', { value: Array.from(row.childNodes) });
  // As the plugin decides: a table of one cell, or one holding a table, is written as its cells' text.
  skipped.set(table, (rows.length === 1 && rows[0]!.childNodes.length <= 1) || containsTable(table));
}

function containsTable(node: TableNode): boolean {
  for (const child of Array.from(node.childNodes ?? [])) if (child.nodeName === 'TABLE' || containsTable(child)) return true;
  return false;
}

function parentTable(node: TableNode): TableNode | undefined {
  for (let p = node.parentNode; p; p = p.parentNode) if (p.nodeName === 'TABLE') return p;
  return undefined;
}
