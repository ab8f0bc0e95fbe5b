"""Hexiom puzzle solver (after pyperformance's bm_hexiom, itself from PyPy's benchmarks).

Hexiom places numbered tiles on a hexagonal board so that every tile's number equals the
count of occupied cells around it; some tiles may be locked in place. The solver keeps,
for each cell, the list of values still possible, narrows those lists by constraint
propagation, and backtracks over the remaining choices (classes, lists, generator
expressions and recursion, as in the original).

Fixed work: ROUNDS solves of each puzzle in PUZZLES (the boards of levels 10, 20, 25 and
30 of the original benchmark) with each cell-choice strategy in STRATEGIES, trying higher
values first. Every solution is verified against the rules (the puzzles can have more
than one), and the first-cell strategy's, like the original's, against the known answer.
Prints whether all checks passed, the number of search nodes visited and a digest of the
solutions as the checksum.
"""

ROUNDS = 2
PUZZLES = (10, 20, 25, 30)

EMPTY = 7

OPEN = 0
SOLVED = 1
IMPOSSIBLE = -1

ASCENDING = 1
DESCENDING = -1

FIRST_STRATEGY = 0
HIGHEST_VALUE_STRATEGY = 1
MAX_NEIGHBORS_STRATEGY = 2

STRATEGIES = (FIRST_STRATEGY, HIGHEST_VALUE_STRATEGY, MAX_NEIGHBORS_STRATEGY)


class Dir:
    def __init__(self, dx, dy):
        self.dx = dx
        self.dy = dy


DIRS = [Dir(1, 0), Dir(-1, 0), Dir(0, 1), Dir(0, -1), Dir(1, 1), Dir(-1, -1)]


class Node:
    def __init__(self, pos, ident):
        self.pos = pos
        self.id = ident
        self.links = []


class Hex:
    """Cells of a hexagon with `size` cells a side, addressed by id and by (x, y)."""

    def __init__(self, size):
        self.size = size
        self.count = 3 * size * (size - 1) + 1
        self.nodes_by_id = []
        self.nodes_by_pos = {}
        for pos in self.positions():
            node = Node(pos, len(self.nodes_by_id))
            self.nodes_by_id.append(node)
            self.nodes_by_pos[pos] = node
        for node in self.nodes_by_id:
            x, y = node.pos
            for d in DIRS:
                other = self.nodes_by_pos.get((x + d.dx, y + d.dy))
                if other is not None:
                    node.links.append(other.id)

    def rows(self):
        """Yield the positions of each row, top to bottom."""
        size = self.size
        for y in range(size):
            yield [(x, y) for x in range(size + y)]
        for y in range(1, size):
            yield [(x, size + y - 1) for x in range(y, 2 * size - 1)]

    def positions(self):
        for row in self.rows():
            yield from row


class Done:
    """For every cell, the values it may still take (one value: the cell is decided)."""

    def __init__(self, count, cells=None):
        self.count = count
        if cells is None:
            cells = [[0, 1, 2, 3, 4, 5, 6, EMPTY] for _ in range(count)]
        self.cells = cells

    def clone(self):
        return Done(self.count, [cell[:] for cell in self.cells])

    def __getitem__(self, i):
        return self.cells[i]

    def set_done(self, i, v):
        self.cells[i] = [v]

    def already_done(self, i):
        return len(self.cells[i]) == 1

    def remove(self, i, v):
        cell = self.cells[i]
        if v in cell:
            cell.remove(v)
            return True
        return False

    def remove_unfixed(self, v):
        changed = False
        for i in range(self.count):
            if not self.already_done(i) and self.remove(i, v):
                changed = True
        return changed

    def filter_tiles(self, tiles):
        for v in range(8):
            if tiles[v] == 0:
                for i in range(self.count):
                    self.remove(i, v)

    def undecided(self):
        return (i for i in range(self.count) if len(self.cells[i]) > 1)

    def filled_around(self, hexagon, i):
        return sum(1 for n in hexagon.nodes_by_id[i].links
                   if self.already_done(n) and self.cells[n][0] != EMPTY)

    def next_cell(self, hexagon, strategy):
        if strategy == FIRST_STRATEGY:
            return next(self.undecided(), -1)
        if strategy == HIGHEST_VALUE_STRATEGY:
            return max(self.undecided(), default=-1,
                       key=lambda i: max(v for v in self.cells[i] if v != EMPTY))
        return max(self.undecided(), default=-1,
                   key=lambda i: self.filled_around(hexagon, i))


class Pos:
    def __init__(self, hexagon, tiles, done):
        self.hex = hexagon
        self.tiles = tiles
        self.done = done

    def clone(self):
        return Pos(self.hex, self.tiles, self.done.clone())


def neighbour_bounds(pos, i):
    """Least and greatest number of occupied neighbours cell i can still end up with."""
    done = pos.done
    low = high = 0
    for n in pos.hex.nodes_by_id[i].links:
        if done.already_done(n):
            if done[n][0] != EMPTY:
                low += 1
                high += 1
        else:
            high += 1
    return low, high


def constraint_pass(pos, last_move=None):
    changed = False
    done = pos.done
    links = pos.hex.nodes_by_id

    # A free cell's value must lie between its possible neighbour counts.
    free = range(done.count) if last_move is None else links[last_move].links
    for i in free:
        if not done.already_done(i):
            low, high = neighbour_bounds(pos, i)
            for v in range(7):
                if (v < low or v > high) and done.remove(i, v):
                    changed = True

    # Count the tiles still unplaced, then match them against the cells that could hold them.
    left = pos.tiles[:]
    for cell in done.cells:
        if len(cell) == 1:
            left[cell[0]] -= 1
    for v in range(8):
        if pos.tiles[v] > 0 and left[v] == 0:
            if done.remove_unfixed(v):
                changed = True
        else:
            possible = sum(1 for cell in done.cells if v in cell)
            if pos.tiles[v] == possible:
                for i in range(done.count):
                    if not done.already_done(i) and v in done[i]:
                        done.set_done(i, v)
                        changed = True

    # Around a placed tile, force the undecided neighbours empty or occupied when the count says so.
    placed = range(done.count) if last_move is None else [last_move]
    for i in placed:
        if done.already_done(i):
            num = done[i][0]
            filled = 0
            unknown = []
            for n in links[i].links:
                if done.already_done(n):
                    if done[n][0] != EMPTY:
                        filled += 1
                else:
                    unknown.append(n)
            if unknown:
                if num == filled:
                    for u in unknown:
                        if EMPTY in done[u]:
                            done.set_done(u, EMPTY)
                            changed = True
                elif num == filled + len(unknown):
                    for u in unknown:
                        if done.remove(u, EMPTY):
                            changed = True
    return changed


def find_moves(pos, strategy, order):
    done = pos.done
    cell = done.next_cell(pos.hex, strategy)
    if cell < 0:
        return []
    if order == ASCENDING:
        return [(cell, v) for v in done[cell]]
    # Higher values first, the empty cell last.
    moves = [(cell, v) for v in reversed(done[cell]) if v != EMPTY]
    if EMPTY in done[cell]:
        moves.append((cell, EMPTY))
    return moves


def status(pos):
    tiles = pos.tiles[:]
    done = pos.done
    exact = True
    complete = True
    for i in range(pos.hex.count):
        cell = done[i]
        if not cell:
            return IMPOSSIBLE
        if len(cell) == 1:
            num = cell[0]
            tiles[num] -= 1
            if tiles[num] < 0:
                return IMPOSSIBLE
            if num != EMPTY:
                low, high = neighbour_bounds(pos, i)
                if num < low or num > high:
                    return IMPOSSIBLE
                if num != low:
                    exact = False
        else:
            complete = False
    if complete and exact:
        return SOLVED
    return OPEN


class Solver:
    def __init__(self, strategy, order):
        self.strategy = strategy
        self.order = order
        self.nodes = 0
        self.solution = None

    def solve(self, pos):
        pos = pos.clone()
        while constraint_pass(pos):
            pass
        return self.step(pos)

    def step(self, pos):
        moves = find_moves(pos, self.strategy, self.order)
        if not moves:
            result = status(pos)
            if result == SOLVED:
                self.solution = pos
            return result
        for cell, value in moves:
            self.nodes += 1
            child = pos.clone()
            child.done.set_done(cell, value)
            while constraint_pass(child, cell):
                pass
            result = status(child)
            if result == SOLVED:
                self.solution = child
            elif result == OPEN:
                result = self.step(child)
            if result == SOLVED:
                return SOLVED
        return IMPOSSIBLE


def parse_board(text):
    lines = text.strip().splitlines()
    size = int(lines[0])
    hexagon = Hex(size)
    tiles = [0] * 8
    done = Done(hexagon.count)
    for line, row in zip(lines[1:], hexagon.rows()):
        # Each cell is two characters, a lock mark ("+" or " ") and the tile.
        start = 2 * size - 1 - len(row)
        for k, pos in enumerate(row):
            mark, char = line[start + 2 * k], line[start + 2 * k + 1]
            value = EMPTY if char == "." else int(char)
            tiles[value] += 1
            if mark == "+":
                done.set_done(hexagon.nodes_by_pos[pos].id, value)
    done.filter_tiles(tiles)
    return Pos(hexagon, tiles, done)


def verify(puzzle, solution):
    """Whether solution decides every cell, fits the puzzle's tiles and obeys the counts."""
    hexagon = puzzle.hex
    done = solution.done
    used = [0] * 8
    for i in range(hexagon.count):
        if not done.already_done(i) or done[i][0] not in puzzle.done[i]:
            return False
        value = done[i][0]
        used[value] += 1
        if value != EMPTY and value != done.filled_around(hexagon, i):
            return False
    return used == puzzle.tiles


def render(pos):
    hexagon = pos.hex
    done = pos.done
    out = []
    for row in hexagon.rows():
        indent = " " * (2 * hexagon.size - 1 - len(row))
        chars = []
        for p in row:
            cell = done[hexagon.nodes_by_pos[p].id]
            if len(cell) != 1:
                chars.append("?")
            elif cell[0] == EMPTY:
                chars.append(".")
            else:
                chars.append(str(cell[0]))
        out.append(indent + " ".join(chars))
    return "\n".join(out)


LEVELS = {
    10: ("""
3
  +.+. .
 +. 0 . 2
 . 1+2 1 .
  2 . 0+.
   .+.+.
""", """
  . . 1
 . 1 . 2
0 . 2 2 .
 . . . .
  0 . .
"""),
    20: ("""
3
   . 5 4
  . 2+.+1
 . 3+2 3 .
 +2+. 5 .
   . 3 .
""", """
  3 3 2
 4 5 . 1
3 5 2 . .
 2 . . .
  . . .
"""),
    25: ("""
3
   4 . .
  . . 2 .
 4 3 2 . 4
  2 2 3 .
   4 2 4
""", """
  3 4 2
 2 4 4 .
. . . 4 2
 . 2 4 3
  . 2 .
"""),
    30: ("""
4
    5 5 . .
   3 . 2+2 6
  3 . 2 . 5 .
 . 3 3+4 4 . 3
  4 5 4 . 5 4
   5+2 . . 3
    4 . . .
""", """
   3 4 3 .
  4 6 5 2 .
 2 5 5 . . 2
. . 5 4 . 4 3
 . 3 5 4 5 4
  . 2 . 3 3
   . . . .
"""),
}


def main():
    all_ok = True
    nodes = 0
    digest = 0
    for _ in range(ROUNDS):
        for strategy in STRATEGIES:
            for level in PUZZLES:
                board, expected = LEVELS[level]
                solver = Solver(strategy, DESCENDING)
                puzzle = parse_board(board)
                if solver.solve(puzzle) != SOLVED or not verify(puzzle, solver.solution):
                    all_ok = False
                    continue
                text = render(solver.solution)
                if strategy == FIRST_STRATEGY and text != expected.strip("\n"):
                    all_ok = False
                nodes += solver.nodes
                for ch in text:
                    digest = (digest * 131 + ord(ch)) % 1000000007
    print(all_ok, nodes, digest)


main()
