# onsite judge harness, protocol version 2.
#
# Runs inside the process that executes Python for the judge: the candidate's submission, or a
# trusted problem file (reference solution, generator, checker). The judge talks to it over two
# private pipes, fd 3 (commands in) and fd 4 (replies out); every message is a 4-byte
# little-endian length followed by UTF-8 JSON. Nothing here uses stdout or stderr: whatever the
# code prints goes to the judge's output pipe and is shown, never parsed.
#
# What crosses the pipe out of this process is a canonical value (plain lists, dicts, numbers,
# strings), never a verdict: expected outputs never enter this process, and the judge compares
# outside it. Time and memory are measured by the judge from the kernel, not here.
import sys
import os

_PROTOCOL = 2
_IN_FD = 3
_OUT_FD = 4
# Most elements one returned value may have (shared or repeated sublists counted each time);
# the judge lowers it per problem at load (`max_items`), from the size of the problem's answers.
_MAX_ITEMS = [1000000]
# Deeper than any answer, and well inside what the judge's JSON reader follows (128 levels,
# with the reply's own envelope around the value).
_MAX_DEPTH = 100

# Threads get a modest stack of their own rather than the process's stack limit (which glibc
# would use, and which the address-space limit could not afford more than a few times).
import _thread  # noqa: E402

_thread.stack_size(16 << 20)

_read = os.read
_write = os.write
_exit = os._exit
_stdout = sys.stdout
_stderr = sys.stderr



# JSON through the C accelerator directly: `import json` pulls in `re`, `enum` and more, about
# 13 ms of every process's start for nothing the protocol needs. The same encoder and scanner
# `json` itself uses, checked against `json`'s own output once; any difference (another
# Python's accelerator) and `json` is used after all. Everything is bound here, before any
# submission runs: patching `_json` later changes nothing the harness sends.
def _fast_json():
    import _json

    make_encoder = _json.make_encoder
    ascii_strings, strings = _json.encode_basestring_ascii, _json.encode_basestring
    join = "".join

    class _Decoding:  # the settings `_json.make_scanner` reads (json.loads' defaults)
        strict = True
        object_hook = None
        object_pairs_hook = None
        parse_float = float
        parse_int = int

        @staticmethod
        def parse_constant(name):
            raise ValueError("not JSON: " + name)

    scan = _json.make_scanner(_Decoding)

    def loads(data):
        text = data.decode("utf-8") if data.__class__ is bytes else data
        try:
            value, end = scan(text, 0)
        except StopIteration as at:
            raise ValueError("not JSON at %s" % at.value) from None
        if text[end:].strip(" \t\n\r"):
            raise ValueError("extra data after a JSON value at %d" % end)
        return value

    def not_serializable(o):
        raise TypeError("Object of type %s is not JSON serializable" % type(o).__name__)

    def dumps(o, ensure_ascii=True, allow_nan=True, separators=(", ", ": "), sort_keys=False):
        encode = make_encoder({}, not_serializable, ascii_strings if ensure_ascii else strings,
                              None, separators[1], separators[0], sort_keys, False, allow_nan)
        return join(encode(o, 0))

    sample = {"b": [1, -2.5, True, None, "\u00e9\n\"x"], "a": {"k": []}}
    text = '{"b":[1,-2.5,true,null,"\u00e9\\n\\"x"],"a":{"k":[]}}'
    if (dumps(sample, ensure_ascii=False, separators=(",", ":")) != text
            or dumps(sample, sort_keys=True) != '{"a": {"k": []}, "b": [1, -2.5, true, null, "\\u00e9\\n\\"x"]}'
            or loads(text.encode("utf-8")) != sample):
        raise ValueError("this Python's _json differs")
    return dumps, loads


try:
    _json_dumps, _json_loads = _fast_json()
except Exception:  # noqa: BLE001 -- any difference at all: the slower, sure path
    from json import dumps as _json_dumps, loads as _json_loads  # noqa: E402
del _fast_json


def _read_exact(n):
    chunks = []
    while n:
        chunk = _read(_IN_FD, n)
        if not chunk:
            _exit(0)  # the judge closed the pipe: nothing more to do
        chunks.append(chunk)
        n -= len(chunk)
    return b"".join(chunks)


def _receive():
    size = int.from_bytes(_read_exact(4), "little")
    return _json_loads(_read_exact(size))


def _flush_output():
    for stream in (sys.stdout, sys.stderr, _stdout, _stderr):
        try:
            stream.flush()
        except BaseException:
            pass


def _send(message):
    _flush_output()
    text = _json_dumps(message, ensure_ascii=False, allow_nan=False, separators=(",", ":"))
    try:
        data = text.encode("utf-8")
    except UnicodeEncodeError:
        # A lone surrogate: no UTF-8 encodes it. In a value it is the solution's answer, and
        # a wrong one; elsewhere (an exception's message) it is shown replaced.
        if message.get("type") in ("result", "values"):
            message = {"type": "unjudgeable", "seq": message.get("seq"),
                       "message": "returned a string that is not valid Unicode (it holds a lone surrogate)"}
            text = _json_dumps(message, separators=(",", ":"))
        data = text.encode("utf-8", "replace")
    data = len(data).to_bytes(4, "little") + data
    while data:
        data = data[_write(_OUT_FD, data):]


# ----------------------------------------------------------------------------------------------
# LeetCode's predefined classes.


class ListNode:
    def __init__(self, val=0, next=None):
        self.val = val
        self.next = next

    def __repr__(self):
        values, node, seen = [], self, set()
        while node is not None and len(values) < 20 and id(node) not in seen:
            seen.add(id(node))
            values.append(repr(node.val))
            node = node.next
        tail = " -> ..." if node is not None else ""
        return "ListNode(" + " -> ".join(values) + tail + ")"


class Node:
    """LeetCode's node of a list with random pointers (copy-list-with-random-pointer)."""

    def __init__(self, x=0, next=None, random=None):
        self.val = int(x) if isinstance(x, bool) else x
        self.next = next
        self.random = random

    def __repr__(self):
        return "Node(%r)" % (self.val,)


class TreeNode:
    def __init__(self, val=0, left=None, right=None):
        self.val = val
        self.left = left
        self.right = right

    def __repr__(self):
        return "TreeNode(%r)" % (self.val,)


# ----------------------------------------------------------------------------------------------
# From test JSON to Python values.


def _build_list(values):
    head = None
    for v in reversed(values):
        head = ListNode(v, head)
    return head


def _build_cycle_list(spec):
    values, pos = spec["values"], spec["pos"]
    nodes = [ListNode(v) for v in values]
    for a, b in zip(nodes, nodes[1:]):
        a.next = b
    if nodes and pos >= 0:
        nodes[-1].next = nodes[pos]
    return nodes[0] if nodes else None


# The RandomList argument of the call being read: its nodes (held, so that no other object
# can take their ids) and the pairs they were built from.
_RANDOM_INPUT = [None]


def _build_random_list(pairs, ctx):
    nodes = [Node(v) for v, _ in pairs]
    for i, (_, r) in enumerate(pairs):
        if i + 1 < len(nodes):
            nodes[i].next = nodes[i + 1]
        if r is not None:
            nodes[i].random = nodes[r]
    ctx["random_input"] = (nodes, pairs)
    return nodes[0] if nodes else None


def _random_input_changed(nodes, pairs):
    """What the solution changed in the list it was given, or None (LeetCode requires it
    left as it was: a copy by interleaving must take its nodes out again)."""
    for i, (node, (val, r)) in enumerate(zip(nodes, pairs)):
        after = nodes[i + 1] if i + 1 < len(nodes) else None
        if node.__dict__.get("val", val) != val or "val" not in node.__dict__:
            return "the value of node %d of the input" % i
        if node.__dict__.get("next") is not after:
            return "the `next` of node %d of the input" % i
        if node.__dict__.get("random") is not (None if r is None else nodes[r]):
            return "the `random` of node %d of the input" % i
    return None


def _build_tree(values):
    if not values:
        return None
    root = TreeNode(values[0])
    level, i = [root], 1
    while level and i < len(values):
        nxt = []
        for node in level:
            if i < len(values) and values[i] is not None:
                node.left = TreeNode(values[i])
                nxt.append(node.left)
            i += 1
            if i < len(values) and values[i] is not None:
                node.right = TreeNode(values[i])
                nxt.append(node.right)
            i += 1
        level = nxt
    return root


def _tree_node_with(val, ctx):
    """The node holding `val` in the tree arguments built before it (values are distinct)."""
    for root in ctx.get("trees", ()):
        stack = [root] if root is not None else []
        while stack:
            node = stack.pop()
            if node.val == val:
                return node
            if node.left is not None:
                stack.append(node.left)
            if node.right is not None:
                stack.append(node.right)
    # Not in the tree (a follow-up where p or q may be missing): a node of its own, as
    # LeetCode passes one.
    return TreeNode(val)


def _one_shot(items):
    for item in items:
        yield item


_SCALARS = ("int", "str", "bool", "None", "any")


def _to_py(value, t, ctx):
    if t.__class__ is str:
        if t in _SCALARS:
            return value
        if t == "float":
            return float(value)
        if t == "ListNode":
            return _build_list(value)
        if t == "TreeNode":
            root = _build_tree(value)
            ctx.setdefault("trees", []).append(root)
            return root
        if t == "TreeRef":
            return _tree_node_with(value, ctx)
        if t == "CycleList":
            return _build_cycle_list(value)
        if t == "RandomList":
            return _build_random_list(value, ctx)
        if t == "AsyncFetch":
            return _make_fetch(value, ctx)
        raise ValueError("unknown type %r" % (t,))
    (kind, inner), = t.items()
    if kind == "list":
        if inner in _SCALARS:
            return value
        return [_to_py(v, inner, ctx) for v in value]
    if kind == "optional":
        return None if value is None else _to_py(value, inner, ctx)
    if kind == "dict":
        kt, vt = inner
        return {(int(k) if kt == "int" else k): _to_py(v, vt, ctx) for k, v in value.items()}
    if kind == "iterable":
        if "count_from" in value:
            import itertools
            return itertools.count(value["count_from"])
        return _one_shot([_to_py(v, inner, ctx) for v in value["items"]])
    raise ValueError("unknown type %r" % (t,))


# ----------------------------------------------------------------------------------------------
# From returned Python values to canonical JSON values. Only exact builtin types are trusted;
# objects are read through the base types' own methods, so an overridden __eq__, __iter__ or
# __repr__ cannot change what is judged.


class _Unjudgeable(Exception):
    pass


# The walk of one returned value: the containers on the path from the root (a container met
# again on its own path contains itself) and how many more elements may be encoded (shared
# sublists are no cycle, yet [x, x] sixty levels down is 2^60 elements).
_PATH = set()
_LEFT = [0]


def _begin_walk():
    _PATH.clear()
    _LEFT[0] = _MAX_ITEMS[0]


def _enter(obj, depth, size):
    """Step into a container of `size` elements at `depth`; returns the key to leave it by."""
    if depth > _MAX_DEPTH:
        raise _Unjudgeable("returned a value nested deeper than %d levels" % _MAX_DEPTH)
    key = id(obj)
    if key in _PATH:
        raise _Unjudgeable("returned a %s that contains itself" % type(obj).__name__)
    _LEFT[0] -= size
    if _LEFT[0] < 0:
        raise _Unjudgeable("returned a value of more than %d elements in all (shared or repeated sublists count each time)" % _MAX_ITEMS[0])
    _PATH.add(key)
    return key


def _canon(obj, t, depth, take=None):
    if depth == 0:
        _begin_walk()
    if depth > _MAX_DEPTH:
        raise _Unjudgeable("returned a value nested deeper than %d levels" % _MAX_DEPTH)
    if t.__class__ is dict:
        (kind, inner), = t.items()
        if kind == "optional":
            return None if obj is None else _canon(obj, inner, depth + 1)
        if kind == "iterator":
            return _consume(obj, inner, take, depth)
        if kind == "list":
            seq = obj if obj.__class__ is list else _as_sequence(obj)
            if seq.__class__ is not list and seq.__class__ is not tuple:
                seq = list(seq)
            key = _enter(obj, depth, len(seq))
            if obj.__class__ is list and inner in _SCALARS:
                out = [_canon(x, "any", depth + 1) for x in seq]
            else:
                out = [_canon(x, inner, depth + 1) for x in seq]
            _PATH.discard(key)
            return out
    elif t == "ListNode" or t == "CycleList":
        return _canon_list_nodes(obj, depth)
    elif t == "TreeNode":
        return _canon_tree(obj, depth)
    elif t == "RandomList":
        return _canon_random_list(obj, depth)
    elif t == "TreeRef":
        if obj is None:
            return None
        try:
            return _canon_plain(obj.val, depth + 1)
        except AttributeError:
            raise _Unjudgeable("returned %s where a TreeNode was expected" % _kind(obj))
    return _canon_plain(obj, depth)


def _as_sequence(obj):
    tp = obj.__class__
    if tp is list or tp is tuple:
        return obj
    if isinstance(obj, (list, tuple)):
        return list.__iter__(obj) if isinstance(obj, list) else tuple.__iter__(obj)
    if isinstance(obj, (str, bytes, dict)) or obj is None:
        raise _Unjudgeable("returned %s where a list was expected" % _kind(obj))
    try:
        return list(obj)  # deque, range, generators...
    except TypeError:
        raise _Unjudgeable("returned %s where a list was expected" % _kind(obj))


def _kind(obj):
    if obj is None:
        return "None"
    return "a value of type %s" % type(obj).__name__


def _canon_plain(obj, depth):
    tp = obj.__class__
    if obj is None or tp is bool or tp is str:
        return obj
    if tp is int:
        if -(2 ** 63) <= obj < 2 ** 64:
            return obj
        return {"$int": str(obj)}
    if tp is float:
        if obj != obj or obj in (float("inf"), float("-inf")):
            return {"$float": repr(obj)}
        return obj
    if tp is list or tp is tuple:
        key = _enter(obj, depth, len(obj))
        out = [_canon_plain(x, depth + 1) for x in obj]
        _PATH.discard(key)
        return out
    if tp is dict:
        return _canon_dict(obj, depth)
    if tp is set or tp is frozenset:
        key = _enter(obj, depth, len(obj))
        items = [_canon_plain(x, depth + 1) for x in obj]
        items.sort(key=lambda v: _json_dumps(v, sort_keys=True))
        _PATH.discard(key)
        return items
    if isinstance(obj, bool):
        return bool(obj)
    if isinstance(obj, int):
        return _canon_plain(int.__int__(obj), depth)
    if isinstance(obj, float):
        return _canon_plain(float.__float__(obj), depth)
    if isinstance(obj, str):
        return str.__str__(obj)
    if isinstance(obj, dict):
        return _canon_dict(obj, depth)
    if isinstance(obj, (list, tuple)):
        return _canon_plain(list(_as_sequence(obj)), depth)
    if isinstance(obj, (set, frozenset)):
        return _canon_plain(set(set.__iter__(obj) if isinstance(obj, set) else frozenset.__iter__(obj)), depth)
    name = type(obj).__name__
    if name == "deque" or hasattr(type(obj), "__iter__") and not hasattr(type(obj), "__next__"):
        if name in ("deque", "range", "dict_keys", "dict_values", "dict_items"):
            key = _enter(obj, depth, len(obj))
            out = [_canon_plain(x, depth + 1) for x in list(obj)]
            _PATH.discard(key)
            return out
    if isinstance(obj, ListNode) or (hasattr(obj, "val") and hasattr(obj, "next")):
        return _canon_list_nodes(obj, depth)
    if isinstance(obj, TreeNode):
        return _canon_tree(obj, depth)
    raise _Unjudgeable("returned %s, which the judge cannot compare" % _kind(obj))


def _canon_dict(obj, depth):
    key = _enter(obj, depth, dict.__len__(obj))
    out = {}
    for k, v in dict.items(obj):
        if k.__class__ is not str:
            k = _json_dumps(_canon_plain(k, depth + 1))
        out[k] = _canon_plain(v, depth + 1)
    _PATH.discard(key)
    return out


def _canon_list_nodes(node, depth):
    # Brent's cycle detection (compare with a node saved at powers of two) rather than a set
    # of ids: a long list is canonicalised on the solution's clock, and hashing every node
    # doubled the cost.
    values = []
    append = values.append
    saved, power, steps, count = object(), 1, 0, 0
    low, high = -(2 ** 63), 2 ** 64
    while node is not None:
        try:
            val, node = node.val, node.next
        except AttributeError:
            raise _Unjudgeable("returned %s where a ListNode was expected" % _kind(node))
        if val.__class__ is int and low <= val < high:
            append(val)
        else:
            append(_canon_plain(val, depth + 1))
        if node is saved:
            raise _Unjudgeable("the returned linked list has a cycle")
        steps += 1
        if steps == power:
            saved, power, steps = node, power * 2, 0
        count += 1
        if count > _MAX_ITEMS[0]:
            raise _Unjudgeable("the returned linked list is longer than %d nodes" % _MAX_ITEMS[0])
    return values


def _canon_random_list(head, depth):
    # Walk `next` (a set of ids both numbers the nodes and finds a cycle), then read each
    # node's `random` as an index; a node of the argument in the result is a shallow copy.
    index, nodes, node = {}, [], head
    while node is not None:
        if id(node) in index:
            raise _Unjudgeable("the returned list has a cycle through `next`")
        index[id(node)] = len(nodes)
        nodes.append(node)
        if len(nodes) > _MAX_ITEMS[0]:
            raise _Unjudgeable("the returned list is longer than %d nodes" % _MAX_ITEMS[0])
        try:
            node = node.next
        except AttributeError:
            raise _Unjudgeable("returned %s where a Node was expected" % _kind(node))
    given, pairs = _RANDOM_INPUT[0] or ((), ())
    given_ids = {id(n) for n in given}
    shared = sum(1 for n in nodes if id(n) in given_ids)
    changed = _random_input_changed(given, pairs)
    if changed is not None:
        raise _Unjudgeable("changed %s: the list given must be left as it was" % changed)
    if shared:
        raise _Unjudgeable(
            "%d of the returned nodes %s the input's own: a deep copy makes new nodes"
            % (shared, "is" if shared == 1 else "are")
        )
    out = []
    for n in nodes:
        try:
            r = n.random
        except AttributeError:
            raise _Unjudgeable("returned %s where a Node was expected" % _kind(n))
        if r is not None and id(r) not in index:
            raise _Unjudgeable("a returned node's `random` points outside the returned list")
        out.append([_canon_plain(n.val, depth + 1), None if r is None else index[id(r)]])
    return out


def _canon_tree(root, depth):
    out, level, seen = [], [root], set()
    while level:
        nxt = []
        for node in level:
            if node is None:
                out.append(None)
                continue
            if id(node) in seen:
                raise _Unjudgeable("the returned tree is not a tree: a node is reachable twice")
            seen.add(id(node))
            try:
                out.append(_canon_plain(node.val, depth + 1))
                nxt.append(node.left)
                nxt.append(node.right)
            except AttributeError:
                raise _Unjudgeable("returned %s where a TreeNode was expected" % _kind(node))
        level = nxt
    while out and out[-1] is None:
        out.pop()
    return out


def _consume(obj, inner, take, depth):
    try:
        it = iter(obj)
    except TypeError:
        raise _Unjudgeable("returned %s, which is not iterable" % _kind(obj))
    limit = _MAX_ITEMS[0] if take is None else take
    items = []
    for _ in range(limit):
        try:
            item = next(it)
        except StopIteration:
            return items
        items.append(_canon(item, inner, depth + 1))
    if take is None:
        raise _Unjudgeable("the returned iterator did not stop after %d items" % _MAX_ITEMS[0])
    return items


# ----------------------------------------------------------------------------------------------
# asyncio on a virtual clock: sleeping advances time instantly, so concurrency and elapsed time
# are exact and deterministic, and a test costs only the CPU it uses.

_loop_class = None


def _virtual_loop():
    global _loop_class
    import asyncio

    if _loop_class is None:

        class VirtualClockLoop(asyncio.SelectorEventLoop):
            def __init__(self):
                super().__init__()
                self._virtual_now = 0.0
                real_select = self._selector.select

                def select(timeout=None):
                    events = real_select(0)
                    if events:
                        return events
                    if timeout is None:
                        raise RuntimeError("deadlock: every task is waiting and nothing is scheduled to wake them")
                    if timeout > 0:
                        self._virtual_now += timeout
                    return events

                self._selector.select = select

            def time(self):
                return self._virtual_now

        _loop_class = VirtualClockLoop
    return asyncio, _loop_class()


def _make_fetch(spec, ctx):
    """The injected `fetch`. It keeps no record here, where the submission could rewrite it:
    each call is announced to the judge as it starts (an `event` frame with the URL and the
    virtual time), and the judge counts the calls and works out how many were in flight and
    when the last one ended from the starts and the latencies it knows."""
    import asyncio

    latency = spec["latency_ms"]
    ctx["observed"] = True

    async def fetch(url):
        if not isinstance(url, str) or url not in latency:
            raise ValueError("fetch: unknown url %r" % (url,))
        url = str.__str__(url)
        _send({"type": "event", "seq": ctx.get("seq"), "call": ctx.get("call", 0),
               "url": url, "t": asyncio.get_running_loop().time()})
        await asyncio.sleep(latency[url] / 1000.0)
        return "body:" + url

    return fetch


# ----------------------------------------------------------------------------------------------
# Loading code.

_STATE = {}


def _prelude_for(code):
    """The names LeetCode's environment predefines that the compiled code looks up (`List`,
    `deque`, `heapq`, `Node`...), from the names its code objects use: the modules they come
    from are imported only when used (importing `typing` or `re` costs milliseconds)."""
    names = set()
    pending = [code]
    while pending:
        c = pending.pop()
        names.update(c.co_names)
        pending.extend(k for k in c.co_consts if k.__class__ is c.__class__)
    ns = {"ListNode": ListNode, "TreeNode": TreeNode}
    if "Node" in names:
        ns["Node"] = Node
    modules = {}
    for token in names:
        where = _PRELUDE.get(token)
        if where is None:
            continue
        name = where.lstrip("=")
        module = modules.get(name)
        if module is None:
            module = modules[name] = __import__(name)
        if where[0] == "=":
            ns[token] = module
        elif hasattr(module, token):
            ns[token] = getattr(module, token)
    return ns


def _compile(source, filename):
    try:
        return compile(source, filename, "exec", dont_inherit=True), None
    except SyntaxError as e:
        return None, {"type": "syntax_error", "line": e.lineno or 1, "column": e.offset or 1,
                      "message": e.msg, "text": (e.text or "").rstrip("\n")}
    except ValueError as e:  # e.g. a NUL byte in the source
        return None, {"type": "syntax_error", "line": 1, "column": 1, "message": str(e), "text": ""}


_TRACEBACK_FRAMES = 30


def _format_traceback(exc, filename):
    import linecache
    import traceback

    source = _STATE.get("source")
    if source is not None:
        # The code was compiled from a string: let tracebacks show its lines.
        linecache.cache[filename] = (len(source), None, source.splitlines(True), filename)

    # Only the innermost frames: a RecursionError can carry 10^5 of them, and looking up every
    # line would cost the candidate seconds of CPU time.
    depth = 0
    tb = exc.__traceback__
    while tb is not None:
        depth += 1
        tb = tb.tb_next
    frames = [
        f
        for f in traceback.extract_tb(exc.__traceback__, limit=-_TRACEBACK_FRAMES)
        if f.filename == filename
    ]
    lines = ["Traceback (most recent call last):\n"] if frames else []
    if frames and depth > _TRACEBACK_FRAMES:
        lines.append(f"  ... {depth - _TRACEBACK_FRAMES} outer frames not shown\n")
    lines += traceback.format_list(frames)
    try:
        lines += traceback.format_exception_only(type(exc), exc)
    except BaseException:
        lines.append(type(exc).__name__ + "\n")
    return "".join(lines)


def _origin(exc):
    """The file of the innermost frame the exception passed through (`socket.py`...)."""
    tb = exc.__traceback__
    if tb is None:
        return None
    while tb.tb_next is not None:
        tb = tb.tb_next
    name = tb.tb_frame.f_code.co_filename
    return name.rsplit("/", 1)[-1]


def _user_line(exc, filename):
    """The line of the submission's own file nearest to where the exception was raised."""
    line = None
    tb = exc.__traceback__
    while tb is not None:
        if tb.tb_frame.f_code.co_filename == filename:
            line = tb.tb_lineno
        tb = tb.tb_next
    return line


def _raised(exc, filename, seq=None, context=None):
    mro = [c.__name__ for c in type(exc).__mro__ if c.__module__ == "builtins"]
    try:
        message = str(exc)[:500]
    except BaseException:
        message = ""
    # The OS error behind the exception, if any: wrappers such as urllib's URLError keep it as
    # `reason` or as the cause.
    cause, errno, seen = exc, None, 0
    while cause is not None and seen < 5:
        if isinstance(cause, OSError) and type(cause.errno) is int:
            errno = cause.errno
            break
        reason = getattr(cause, "reason", None)
        cause = reason if isinstance(reason, BaseException) else (cause.__cause__ or cause.__context__)
        seen += 1
    return {"type": "raised", "seq": seq, "exception": type(exc).__name__, "mro": mro,
            "errno": errno, "origin": _origin(cause if cause is not None else exc),
            "message": message, "line": _user_line(exc, filename), "context": context,
            "traceback": _format_traceback(exc, filename)}


def _out_of_memory(exc, filename, seq):
    """Report a MemoryError without formatting anything: memory is still exhausted while the
    traceback keeps the submission's frames alive, so drop them first."""
    line = _user_line(exc, filename)
    exc.__traceback__ = None
    del exc
    return {"type": "raised", "seq": seq, "exception": "MemoryError",
            "mro": ["MemoryError", "Exception", "BaseException", "object"],
            "message": "", "line": line, "context": None, "traceback": ""}


def _lower_limits(limits):
    """Lower this process's rlimits to the submission's: a process started ahead of time has
    generous ones. Soft and hard limits both go down, so the code that runs next cannot raise
    them again; a limit already lower stays as it is."""
    import resource
    for key, name, grace in (("address_space", "RLIMIT_AS", 0), ("cpu_seconds", "RLIMIT_CPU", 1)):
        value = limits.get(key)
        if value is None:
            continue
        which = getattr(resource, name)
        soft, hard = resource.getrlimit(which)
        new_hard = value + grace if hard == resource.RLIM_INFINITY else min(hard, value + grace)
        resource.setrlimit(which, (min(value, new_hard), new_hard))


def _load(msg):
    if msg.get("limits"):
        _lower_limits(msg["limits"])
    if msg.get("max_items"):
        _MAX_ITEMS[0] = min(_MAX_ITEMS[0], int(msg["max_items"]))
    filename = msg["filename"]
    code, error = _compile(msg["source"], filename)
    if error is not None:
        return error
    _STATE["source"] = msg["source"]
    sys.setrecursionlimit(max(1000, int(msg.get("recursion_limit", 1000))))
    ns = _prelude_for(code)
    ns.update({"__name__": "solution", "__file__": filename, "__builtins__": __builtins__})
    try:
        exec(code, ns)
    except BaseException as e:
        return _raised(e, filename, context="while loading the file")
    _STATE.update(ns=ns, filename=filename, problem=msg.get("problem"))
    if msg.get("generator"):
        gen_code, error = _compile(msg["generator"], "gen.py")
        if error is not None:
            return error
        gen_ns = {"__name__": "gen", "__builtins__": __builtins__, "trees": _trees_module()}
        exec(gen_code, gen_ns)
        _STATE["generate"] = gen_ns.get("generate")
    if msg.get("validator"):
        val_code, error = _compile(msg["validator"], "validate.py")
        if error is not None:
            return error
        val_ns = {"__name__": "validate", "__builtins__": __builtins__, "trees": _trees_module()}
        exec(val_code, val_ns)
        _STATE["validate"] = val_ns.get("validate")
    problem = msg.get("problem")
    if problem is not None:
        entry = _entry(ns, problem)
        if isinstance(entry, str):
            return {"type": "missing_entry", "message": entry}
        _STATE["entry"] = entry
    return {"type": "loaded"}


def _trees_module():
    """The `trees` helper (gen_trees.py) as a module, made once per process."""
    mod = _STATE.get("trees")
    if mod is None:
        import types
        mod = types.ModuleType("trees")
        exec(compile(_GEN_TREES, "trees.py", "exec"), mod.__dict__)
        _STATE["trees"] = mod
    return mod


def _entry(ns, problem):
    """A callable making the per-test entry point, or a message saying what is missing."""
    if "design" in problem:
        cls = ns.get(problem["design"]["class"])
        if not isinstance(cls, type):
            return "define `class %s` (the class this problem designs)" % problem["design"]["class"]
        return lambda: cls
    if "codec" in problem:
        codec = problem["codec"]
        # LeetCode's class, or a `Solution` with the same two methods (as some sites spell it).
        for name in (codec["class"], "Solution"):
            cls = ns.get(name)
            if isinstance(cls, type) and all(hasattr(cls, m) for m in (codec["encode"], codec["decode"])):
                return lambda: cls
        return ("define `class %s` with the methods `%s` and `%s`"
                % (codec["class"], codec["encode"], codec["decode"]))
    sig = problem["signature"]
    solution = ns.get("Solution")
    if isinstance(solution, type):
        for name in (sig["leetcode_method"], sig["function"]):
            if hasattr(solution, name):
                return lambda: getattr(solution(), name)
    for name in (sig["function"], sig["leetcode_method"]):
        fn = ns.get(name)
        if callable(fn):
            return lambda: fn
    return ("define a function `%s(%s)` or LeetCode's `class Solution` with a method `%s`"
            % (sig["function"], ", ".join(a["name"] for a in sig["args"]), sig["leetcode_method"]))


# ----------------------------------------------------------------------------------------------
# Running tests.


def _arguments(msg):
    """A test's arguments as the solution receives them, with their context."""
    problem = _STATE["problem"]
    ctx = {}
    if "design" in problem:
        return msg["input"], ctx
    if "codec" in problem:
        # A codec's test is called in one of two phases, each in its own process: `encode`
        # (the value) and then `decode` (the string the first gave); measuring makes the
        # whole round trip in one.
        phase = msg.get("phase")
        ctx["phase"] = phase
        if phase == "decode":
            encoded = msg["input"]["encoded"]
            if encoded.__class__ is not str:
                raise _Unjudgeable("the encoded value is not a string")
            return [encoded], ctx
        value = problem["codec"]["value"]
        return [_to_py(msg["input"][value["name"]], value["type"], ctx)], ctx
    sig = problem["signature"]
    return [_to_py(msg["input"][a["name"]], a["type"], ctx) for a in sig["args"]], ctx


def _input(msg):
    """Build a test's arguments and hold them; the judge starts its clock at `go`, so the time
    of decoding and converting a large input is never charged to the solution. With `repeat`,
    build that many copies for one `go` (a solution may change its input)."""
    # What earlier calls used is released here, outside the clock: freeing a large input
    # costs time proportional to its size, which is not the solution's.
    _STATE.pop("spent", None)
    return _stage(msg)


def _stage(msg):
    # Several inputs of one size (`inputs`) are used in turn. Each copy is built from its own
    # clone of the decoded input: a solution that changes its input (sinking islands, sorting
    # in place) must not hand the next call an easier one.
    repeat = max(1, int(msg.get("repeat") or 1))
    sources = msg.get("inputs") or [msg["input"]]
    if repeat == 1 and len(sources) == 1:
        copies = [_arguments_of(msg, sources[0])]
    else:
        copies = [_arguments_of(msg, _clone(sources[i % len(sources)])) for i in range(repeat)]
    _STATE["pending"] = (copies, msg.get("take"))
    return {"type": "ready"}


def _arguments_of(msg, source):
    return _arguments({"input": source, "phase": msg.get("phase")})


def _clone(value):
    """A deep copy of a decoded JSON value (lists, dicts, scalars)."""
    if value.__class__ is list:
        return [_clone(v) for v in value]
    if value.__class__ is dict:
        return {k: _clone(v) for k, v in value.items()}
    return value


def _go(msg):
    """Call the solution on each staged copy. A test stages one and gets its value in the
    reply; measuring stages several and the judge reads the kernel's CPU clock around this
    exchange, then fetches the values with `values`, off the clock, and checks every one. A
    test and a timed call go through this same function, with the same frames below the
    solution. The first failure is replied instead."""
    pending = _STATE.pop("pending", None)
    if pending is None:
        return {"type": "protocol_error", "message": "go without input"}
    _STATE.setdefault("spent", []).append(pending)
    copies, take = pending
    seq = msg["seq"]
    values = []
    for call, (args, ctx) in enumerate(copies):
        ctx["call"] = call
        reply = _call(seq, args, take, ctx)
        if reply["type"] != "result" or len(copies) == 1:
            return reply
        values.append(reply["value"])
    _STATE["kept"] = values
    return {"type": "timed", "calls": len(copies)}


def _values(msg):
    """The values of the calls of the last `go` with several copies, in order."""
    return {"type": "values", "values": _STATE.pop("kept", [])}


def _call(seq, args, take, ctx):
    ctx["seq"] = seq
    problem = _STATE["problem"]
    filename = _STATE["filename"]
    try:
        if "design" in problem:
            value = _run_design(problem["design"], args, ctx)
        elif "codec" in problem:
            value = _run_codec(problem["codec"], args, ctx)
        else:
            value = _run_function(problem["signature"], args, take, ctx)
    except _Unjudgeable as e:
        return {"type": "unjudgeable", "seq": seq, "message": str(e)}
    except _OperationFailed as e:
        if isinstance(e.cause, MemoryError):
            return _out_of_memory(e.cause, filename, seq)
        return _raised(e.cause, filename, seq, context=e.context)
    except MemoryError as e:
        return _out_of_memory(e, filename, seq)
    except BaseException as e:
        return _raised(e, filename, seq)
    reply = {"type": "result", "seq": seq, "value": value}
    if "observed" in ctx:
        # The rest of the record is the judge's own, from the fetch events.
        reply["value"] = {"value": value,
                          "observed": {"elapsed_ms": round(ctx.get("elapsed", 0.0) * 1000.0, 6)}}
    return reply


class _OperationFailed(Exception):
    def __init__(self, cause, context):
        self.cause = cause
        self.context = context


def _run_function(sig, args, take, ctx):
    fn = _STATE["entry"]()
    result = fn(*args)
    if sig.get("is_async") or _is_coroutine(result):
        asyncio, loop = _virtual_loop()
        try:
            asyncio.set_event_loop(loop)
            result = loop.run_until_complete(result)
            ctx["elapsed"] = loop.time()
        finally:
            asyncio.set_event_loop(None)
            loop.close()
    _RANDOM_INPUT[0] = ctx.get("random_input")
    mutated = sig.get("mutates")
    if mutated is not None:
        index = [a["name"] for a in sig["args"]].index(mutated)
        return _canon(args[index], sig["args"][index]["type"], 0)
    return _canon(result, sig["returns"], 0, take)


def _is_coroutine(obj):
    return type(obj).__name__ == "coroutine"


def _method(obj, name):
    """`obj`'s method `name`, or its LeetCode spelling (`starts_with` -> `startsWith`)."""
    found = getattr(obj, name, None)
    if found is not None:
        return found
    head, *rest = name.split("_")
    camel = head + "".join(part[:1].upper() + part[1:] for part in rest)
    found = getattr(obj, camel, None) if rest else None
    if found is not None:
        return found
    spelled = "`%s`" % name if camel == name else "`%s` (or `%s`)" % (name, camel)
    raise AttributeError("%s has no method %s" % (type(obj).__name__, spelled))


def _run_design(design, inp, ctx):
    methods = {m["name"]: m for m in design["methods"]}
    make = _STATE["entry"]()
    out = []
    obj = None
    for i, (op, raw_args) in enumerate(zip(inp["operations"], inp["arguments"])):
        spec = methods["__init__"] if i == 0 else methods[op]
        args = [_to_py(v, a["type"], ctx) for v, a in zip(raw_args, spec["args"])]
        try:
            if i == 0:
                obj = make(*args)
                out.append(None)
            else:
                out.append(_canon(_method(obj, op)(*args), spec.get("returns", "None"), 0))
        except _Unjudgeable as e:
            raise _Unjudgeable("operation %d (`%s`): %s" % (i, op, e))
        except BaseException as e:
            raise _OperationFailed(e, "in operation %d, `%s(%s)`" % (i, op, ", ".join(map(repr, raw_args))))
    return out


def _run_codec(codec, args, ctx):
    """One phase of a codec's round trip, each with a new instance (as LeetCode makes one to
    encode and another to decode): `encode` returns the string, `decode` the value, and with
    no phase (measuring, the reference) both in turn."""
    make = _STATE["entry"]()
    phase = ctx.get("phase")
    data = args[0]
    if phase != "decode":
        try:
            data = _method(make(), codec["encode"])(data)
        except BaseException as e:
            raise _OperationFailed(e, "in `%s`" % codec["encode"])
        if data.__class__ is not str:
            if not isinstance(data, str):
                raise _Unjudgeable("`%s` returned %s where a str was expected"
                                   % (codec["encode"], _kind(data)))
            data = str.__str__(data)
        if phase == "encode":
            return data
    try:
        value = _method(make(), codec["decode"])(data)
    except BaseException as e:
        raise _OperationFailed(e, "in `%s`" % codec["decode"])
    return _canon(value, codec["value"]["type"], 0)


def _generate(msg):
    import random

    rng = random.Random(msg["seed"])
    kind = msg.get("kind")
    if kind is None:
        value = _STATE["generate"](msg["n"], rng)
    else:
        value = _STATE["generate"](msg["n"], rng, kind=kind)
    _begin_walk()
    return {"type": "generated", "seq": msg["seq"], "input": _canon_plain(value, 0)}


def _validate(msg):
    """Run the package's validator on one input: ok, or the reason it breaks the constraints."""
    try:
        _STATE["validate"](msg["input"])
    except Exception as e:  # noqa: BLE001 - any exception is the validator's verdict
        return {"type": "validated", "seq": msg["seq"], "ok": False,
                "message": str(e) or type(e).__name__}
    return {"type": "validated", "seq": msg["seq"], "ok": True, "message": ""}


def _check(msg):
    verdict = _STATE["ns"]["check"](msg["input"], msg["expected"], msg["actual"])
    if isinstance(verdict, tuple):
        ok, message = verdict
    else:
        ok, message = verdict, ""
    return {"type": "checked", "seq": msg["seq"], "ok": bool(ok), "message": str(message or "")}


def _main():
    _send({"type": "hello", "protocol": _PROTOCOL, "python": "%d.%d.%d" % sys.version_info[:3]})
    handlers = {"load": _load, "input": _input, "go": _go, "values": _values,
                "gen": _generate, "check": _check, "validate": _validate}
    while True:
        msg = _receive()
        kind = msg.get("type")
        if kind == "load" and msg.get("protocol") != _PROTOCOL:
            _send({"type": "protocol_mismatch", "protocol": _PROTOCOL, "seq": msg.get("seq")})
            _exit(3)
        if kind == "run":
            # Input and go at once, for small inputs, through the same `_go` as a staged call.
            # What earlier calls used stays until the next staged input, so that freeing a
            # large one is never timed (only the oldest few small ones are let go here, to
            # bound the memory held).
            spent = _STATE.get("spent")
            if spent is not None and len(spent) > 8:
                del spent[:-8]
            _stage(msg)
            kind = "go"
        handler = handlers.get(kind)
        if handler is None:
            _send({"type": "protocol_error", "message": "unknown message %r" % (kind,)})
            continue
        try:
            reply = handler(msg)
        except MemoryError as e:
            reply = _out_of_memory(e, _STATE.get("filename"), msg.get("seq"))
        # Every reply names the request it answers (the judge numbers them all, `load` too).
        reply["seq"] = msg.get("seq")
        # The request is let go of now, before replying: kept until the next one arrives, a
        # staged input's decoded JSON would be freed at the start of the timed `go` (time
        # proportional to the input's size, charged to an O(log n) solution as O(n)).
        msg.clear()
        _send(reply)


_main()
