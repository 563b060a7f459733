import { test } from 'node:test';
import assert from 'node:assert/strict';
import { departmentHealth, orderTree, wouldCycle } from '../../src/org/org.domain.ts';

test('a department without a social adviser is flagged', () => {
  assert.equal(departmentHealth({ id: 'd', kind: 'bi', advisers: [] }).noAdviser, true);
  assert.equal(departmentHealth({ id: 'd', kind: 'bi', advisers: [{ id: 'p' }] }).noAdviser, false);
});

test('entities are ordered as a tree, children after their parent', () => {
  const tree = orderTree([
    { id: 'b', parentId: 'a' },
    { id: 'c', parentId: null },
    { id: 'a', parentId: null },
    { id: 'd', parentId: 'b' },
  ]);
  assert.deepEqual(
    tree.map((e) => `${e.id}:${e.depth}`),
    ['c:0', 'a:0', 'b:1', 'd:2'],
  );
});

test('an entity whose parent is missing is shown at the top level', () => {
  assert.deepEqual(orderTree([{ id: 'x', parentId: 'gone' }]).map((e) => e.depth), [0]);
});

test('moving an entity under its own descendant is a loop', () => {
  const parents = new Map<string, string | null>([
    ['a', null],
    ['b', 'a'],
    ['c', 'b'],
  ]);
  assert.equal(wouldCycle('a', 'c', parents), true);
  assert.equal(wouldCycle('a', 'a', parents), true);
  assert.equal(wouldCycle('c', 'a', parents), false);
  assert.equal(wouldCycle('b', null, parents), false);
});
