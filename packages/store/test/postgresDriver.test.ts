/**
 * The PostgreSQL driver names each statement so that `pg` prepares it once per connection: one
 * SQL text must always get the same name, and two texts never share one (the server would refuse
 * to bind the second text to the first one's prepared form).
 */
import { describe, expect, it } from 'vitest';
import { preparedStatement } from '../src/internal/postgresDriver';

describe('prepared statements on PostgreSQL', () => {
  it('gives one SQL text one name, with numbered placeholders and the values of each call', () => {
    const sql = 'SELECT version FROM streams WHERE process_id = ? AND version > ?';
    const first = preparedStatement(sql, ['gebiedsproces-a', 1]);
    const second = preparedStatement(sql, ['gebiedsproces-b', 2]);
    expect(first.name).toBe(second.name);
    expect(first.text).toBe('SELECT version FROM streams WHERE process_id = $1 AND version > $2');
    expect(second.values).toEqual(['gebiedsproces-b', 2]);
  });

  it('never gives two SQL texts the same name', () => {
    const names = new Set(
      Array.from(
        { length: 50 },
        (_, i) => preparedStatement(`SELECT ${i} AS n FROM streams WHERE process_id = ?`, ['x']).name,
      ),
    );
    expect(names.size).toBe(50);
  });
});
