#!/usr/bin/env python3
"""Records what real Jinja2 3.1 renders for the templating corpus.

Each case of test/fixtures/templating/corpus/*.yaml is rendered the way kluctl renders a
project file: StrictUndefined, the loopcontrols extension, kluctl's filters and globals,
variables passed as Jinja2 globals (after a JSON round trip, as kluctl passes them), the
template loaded from a file with sibling files searchable and `./`/`../` names relative to
the including template.

    python3 scripts/record-jinja2.py           # rewrite test/fixtures/templating/corpus-expected.json
    python3 scripts/record-jinja2.py --check   # exit 1 if the recorded file is out of date
    python3 scripts/record-jinja2.py --print   # print fresh results as JSON (the live test uses this)

kluctl's additions are re-implemented here from kluctl's documented behaviour, on the same
libraries kluctl uses (PyYAML, json, hashlib, base64, jsonpath_ng); `slugify` cases need
python-slugify and are skipped from the corpus when it is absent.
"""
import base64
import hashlib
import json
import os
import posixpath
import sys
import tempfile

import jinja2
import yaml

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CORPUS = os.path.join(ROOT, "test", "fixtures", "templating", "corpus")
EXPECTED = os.path.join(ROOT, "test", "fixtures", "templating", "corpus-expected.json")


# ---- kluctl's additions (behaviour of kluctl's go-jinja2 extension) ----

class MultilineDumper(yaml.SafeDumper):
    pass


def _str_representer(dumper, data):
    if len(data.splitlines()) > 1:
        return dumper.represent_scalar("tag:yaml.org,2002:str", data, style="|")
    if data.isnumeric():
        return dumper.represent_scalar("tag:yaml.org,2002:str", data, style="'")
    return dumper.represent_scalar("tag:yaml.org,2002:str", data)


MultilineDumper.add_representer(str, _str_representer)


def _merge(a, b, clone=True):
    def copy(v):
        if isinstance(v, dict):
            return {k: copy(x) for k, x in v.items()}
        if isinstance(v, (list, tuple)):
            return [copy(x) for x in v]
        return v

    if clone:
        a = copy(a)
    a = {} if a is None else a
    for key, value in (b or {}).items():
        if key in a and isinstance(a[key], dict) and isinstance(value, dict):
            _merge(a[key], value, False)
        else:
            a[key] = value
    return a


def _get_var(ctx, path, default=None):
    from jsonpath_ng.ext import parse

    paths = path if isinstance(path, list) else [path]
    all_vars = ctx.get_all()
    for p in paths:
        found = parse(p).find(all_vars)
        if len(found) > 1:
            raise Exception("Only simple jsonpath supported in get_dict_value")
        if found:
            return found[0].value
    return default


def _render(ctx, source):
    return ctx.environment.from_string(source).render(ctx.get_all())


def _load_template(ctx, path, **kwargs):
    t = ctx.environment.get_template(path, parent=ctx.name)
    return t.render(_merge(ctx.get_all(), kwargs))


def _load_sha256(ctx, path, digest_len=None):
    if "__calc_sha256__" in ctx:
        return "__self_sha256__"
    digest = hashlib.sha256(_load_template(ctx, path, __calc_sha256__=True).encode()).hexdigest()
    return digest if digest_len is None else digest[:digest_len]


def _load_base64(ctx, path, width=None):
    import textwrap

    name = ctx.environment.join_path(path, ctx.name)
    filename = ctx.environment.loader.get_source(ctx.environment, name)[1]
    with open(filename, "rb") as f:
        data = base64.b64encode(f.read()).decode()
    return textwrap.fill(data, width=width) if width else data


def _sha256(s, digest_len=None):
    digest = hashlib.sha256(s.encode() if isinstance(s, str) else s).hexdigest()
    return digest if digest_len is None else digest[:digest_len]


def _raise(msg):
    raise jinja2.TemplateError(msg)


class KluctlEnvironment(jinja2.Environment):
    """`./x` and `../x` are relative to the including template (kluctl's join_path)."""

    def join_path(self, template, parent):
        if template.startswith("./") or template.startswith("../"):
            return posixpath.normpath(posixpath.join(posixpath.dirname(parent), template))
        return template


def make_env(search_dir, variables):
    env = KluctlEnvironment(
        loader=jinja2.FileSystemLoader(search_dir),
        undefined=jinja2.StrictUndefined,
        extensions=["jinja2.ext.loopcontrols"],
        cache_size=0,
    )
    pass_ctx = jinja2.pass_context
    env.filters.update(
        b64encode=lambda s: base64.b64encode(s.encode()).decode(),
        b64decode=lambda s: base64.b64decode(s.encode()).decode(),
        to_yaml=lambda o: yaml.dump(o, Dumper=MultilineDumper, sort_keys=False),
        to_json=json.dumps,
        from_yaml=lambda s: yaml.load(s, Loader=yaml.SafeLoader),
        render=pass_ctx(_render),
        sha256=_sha256,
    )
    try:
        from slugify import slugify

        env.filters["slugify"] = slugify
    except ImportError:
        pass
    env.globals.update(
        load_template=pass_ctx(_load_template),
        load_sha256=pass_ctx(_load_sha256),
        load_base64=pass_ctx(_load_base64),
        get_var=pass_ctx(_get_var),
        merge_dict=_merge,
        update_dict=lambda a, b: (_merge(a, b, False), "")[1],
        render=pass_ctx(_render),
        debug_print=lambda msg: "",
    )
    env.globals["raise"] = _raise
    env.globals.update(variables)
    return env


# ---- corpus ----

def load_cases():
    for fname in sorted(os.listdir(CORPUS)):
        if not fname.endswith(".yaml"):
            continue
        with open(os.path.join(CORPUS, fname), encoding="utf-8") as f:
            doc = yaml.safe_load(f)
        for case in doc["cases"]:
            yield f"{fname[:-5]}/{case['name']}", case


def check_vars(value, where):
    """Integral floats would reach JavaScript as ints: keep them out of corpus variables."""
    if isinstance(value, float) and value == int(value):
        raise SystemExit(f"{where}: use a non-integral float or an int in vars ({value!r})")
    if isinstance(value, dict):
        for v in value.values():
            check_vars(v, where)
    if isinstance(value, list):
        for v in value:
            check_vars(v, where)


def render_case(key, case):
    variables = json.loads(json.dumps(case.get("vars") or {}))
    check_vars(variables, key)
    with tempfile.TemporaryDirectory() as d:
        files = dict(case.get("files") or {})
        files[case.get("file", "main.j2")] = case["template"]
        for name, content in files.items():
            p = os.path.join(d, name)
            os.makedirs(os.path.dirname(p), exist_ok=True)
            with open(p, "w", encoding="utf-8", newline="") as f:
                f.write(content)
        env = make_env(d, variables)
        try:
            out = env.get_template(case.get("file", "main.j2")).render()
            result = {"out": out}
        except Exception as e:  # every failure is recorded: the engine must fail too
            message = str(e).replace(d, "<dir>")
            result = {"error": {"type": type(e).__name__, "message": message}}
    result["vars"] = variables
    return result


def record():
    has_slugify = True
    try:
        import slugify  # noqa: F401
    except ImportError:
        has_slugify = False
    results = {}
    for key, case in load_cases():
        if "slugify" in case["template"] and not has_slugify:
            continue
        results[key] = render_case(key, case)
    return results


def main():
    results = record()
    text = json.dumps({"jinja2": jinja2.__version__, "yaml": yaml.__version__, "cases": results},
                      indent=1, ensure_ascii=False) + "\n"
    if "--print" in sys.argv:
        sys.stdout.write(text)
        return
    if "--check" in sys.argv:
        with open(EXPECTED, encoding="utf-8") as f:
            if f.read() != text:
                print("corpus-expected.json is out of date: run python3 scripts/record-jinja2.py", file=sys.stderr)
                sys.exit(1)
        return
    with open(EXPECTED, "w", encoding="utf-8") as f:
        f.write(text)
    print(f"recorded {len(results)} cases with Jinja2 {jinja2.__version__} to {os.path.relpath(EXPECTED, ROOT)}")


if __name__ == "__main__":
    main()
