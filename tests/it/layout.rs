//! The layout's import rules, checked on the source (`src/**/*.rs`): the graph of modules has
//! no cycle, and the wings point the way ARCHITECTURE.md draws them.
//!
//! A node is a sub-module of a wing (`analysis::extract`, `outgoing::respond`, `edge::store`,
//! `cli::run`; a folder module with its files is one node), a wing's own `mod.rs`
//! (`web`, `cli`), a top-level module (`config`, `bench`, `demo`), the library's root
//! (`crate`: the `Clock`) or the binary's root (`main`). An arrow is any path that names
//! another node: `use` lines (groups, `self`, `super`, renames) and paths in code (`crate::…`,
//! `super::…`, a child module's name, or a name a `use` brought in). Comments, strings and
//! items under `#[cfg(test)]` do not count: tests may reach anywhere.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// The folders whose sub-modules are nodes of their own.
const WINGS: &[&str] = &["analysis", "outgoing", "edge", "service", "web", "cli"];

/// What each part of the tree may name besides itself: the pure wing nothing, the outgoing wing
/// the pure one; config turns files into their types; the edge, the services and the desk sit
/// above them; the command line and the binary's root above everything.
fn allowed(from: &str) -> &'static [&'static str] {
    match from {
        "analysis" => &[],
        "outgoing" => &["analysis"],
        "config" => &["analysis", "outgoing"],
        // The clock: `tokio` time under a paused test clock.
        "crate" => &[],
        "edge" => &["analysis", "outgoing", "config", "crate"],
        "service" => &["analysis", "outgoing", "config", "crate", "edge"],
        "web" => &["analysis", "outgoing", "config", "crate", "edge", "service"],
        "bench" | "demo" => &[
            "analysis", "outgoing", "config", "crate", "edge", "service", "web",
        ],
        "cli" | "main" => &[
            "analysis", "outgoing", "config", "crate", "edge", "service", "web", "bench", "demo",
            "cli", "main",
        ],
        _ => &[],
    }
}

/// Exceptions to [`allowed`], each with its reason: (from node, to wing, why). The edge holds
/// two drivers besides its adapters; they run services, so they sit above them (and the cycle
/// check keeps the services from reaching back).
const EXCEPTIONS: &[(&str, &str, &str)] = &[
    (
        "edge::daemon",
        "service",
        "the daemon runs the intake, the scheduler and the outbox worker: the services they call",
    ),
    (
        "edge::daemon",
        "web",
        "`zvit run` serves the desk beside its other tasks",
    ),
    (
        "edge::imap",
        "service",
        "the IMAP intake analyses each fetched batch before it flags or moves it on the server",
    ),
];

#[derive(Debug, Clone, PartialEq)]
enum Tok {
    Ident(String),
    PathSep,
    Punct(char),
}

/// Tokens with their line numbers; comments, string and character literals dropped.
fn lex(src: &str) -> Vec<(Tok, usize)> {
    let b = src.as_bytes();
    let mut out = Vec::new();
    let (mut i, mut line) = (0, 1);
    let ident = |c: u8| c == b'_' || c.is_ascii_alphanumeric();
    while i < b.len() {
        let c = b[i];
        let next = b.get(i + 1).copied();
        if c == b'\n' {
            line += 1;
            i += 1;
        } else if c.is_ascii_whitespace() {
            i += 1;
        } else if c == b'/' && next == Some(b'/') {
            while i < b.len() && b[i] != b'\n' {
                i += 1;
            }
        } else if c == b'/' && next == Some(b'*') {
            let mut depth = 0;
            while i < b.len() {
                if b[i..].starts_with(b"/*") {
                    depth += 1;
                    i += 2;
                } else if b[i..].starts_with(b"*/") {
                    depth -= 1;
                    i += 2;
                    if depth == 0 {
                        break;
                    }
                } else {
                    line += usize::from(b[i] == b'\n');
                    i += 1;
                }
            }
        } else if c == b'"' || (c == b'b' && next == Some(b'"')) {
            i += if c == b'b' { 2 } else { 1 };
            while i < b.len() && b[i] != b'"' {
                line += usize::from(b[i] == b'\n');
                i += if b[i] == b'\\' { 2 } else { 1 };
            }
            i += 1;
        } else if (c == b'r' || (c == b'b' && next == Some(b'r')))
            && !(i > 0 && ident(b[i - 1]))
            && {
                let s = if c == b'b' { i + 2 } else { i + 1 };
                let hashes = b[s..].iter().take_while(|&&h| h == b'#').count();
                b.get(s + hashes) == Some(&b'"')
            }
        {
            let s = if c == b'b' { i + 2 } else { i + 1 };
            let hashes = b[s..].iter().take_while(|&&h| h == b'#').count();
            let mut close = vec![b'"'];
            close.extend(std::iter::repeat_n(b'#', hashes));
            i = s + hashes + 1;
            while i < b.len() && !b[i..].starts_with(&close) {
                line += usize::from(b[i] == b'\n');
                i += 1;
            }
            i += close.len();
        } else if c == b'\'' {
            // A character literal ('x', '\n', '\u{..}', 'я') or a lifetime ('a).
            if next == Some(b'\\') {
                i += 2;
                while i < b.len() && b[i] != b'\'' {
                    i += 1;
                }
                i += 1;
            } else {
                let ch = src[i + 1..].chars().next().map_or(1, char::len_utf8);
                if b.get(i + 1 + ch) == Some(&b'\'') {
                    i += ch + 2;
                } else {
                    i += 1;
                }
            }
        } else if ident(c) {
            let s = i;
            while i < b.len() && ident(b[i]) {
                i += 1;
            }
            out.push((Tok::Ident(src[s..i].to_string()), line));
        } else if c == b':' && next == Some(b':') {
            out.push((Tok::PathSep, line));
            i += 2;
        } else {
            let ch = src[i..].chars().next().unwrap();
            out.push((Tok::Punct(ch), line));
            i += ch.len_utf8();
        }
    }
    out
}

/// The tokens without the items under `#[cfg(test)]`.
fn without_tests(toks: Vec<(Tok, usize)>) -> Vec<(Tok, usize)> {
    let attr: Vec<Tok> = vec![
        Tok::Punct('#'),
        Tok::Punct('['),
        Tok::Ident("cfg".into()),
        Tok::Punct('('),
        Tok::Ident("test".into()),
        Tok::Punct(')'),
        Tok::Punct(']'),
    ];
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        let here = toks[i..].iter().take(attr.len()).map(|(t, _)| t);
        if here.eq(attr.iter()) {
            i += attr.len();
            while i < toks.len() && !matches!(toks[i].0, Tok::Punct('{') | Tok::Punct(';')) {
                i += 1;
            }
            if i < toks.len() && toks[i].0 == Tok::Punct('{') {
                let mut depth = 0;
                while i < toks.len() {
                    match toks[i].0 {
                        Tok::Punct('{') => depth += 1,
                        Tok::Punct('}') => depth -= 1,
                        _ => {}
                    }
                    i += 1;
                    if depth == 0 {
                        break;
                    }
                }
            } else {
                i += 1;
            }
        } else {
            out.push(toks[i].clone());
            i += 1;
        }
    }
    out
}

/// The paths a `use` tree names, each with the name it binds (`None` for a glob).
fn use_tree(
    toks: &[(Tok, usize)],
    mut i: usize,
    prefix: Vec<String>,
    out: &mut Vec<(Vec<String>, Option<String>)>,
) -> usize {
    let mut segs = prefix;
    while i < toks.len() {
        match &toks[i].0 {
            Tok::PathSep => i += 1,
            Tok::Ident(s) => {
                i += 1;
                if s != "self" {
                    segs.push(s.clone());
                }
                if toks.get(i).map(|t| &t.0) == Some(&Tok::PathSep) {
                    continue;
                }
                let mut name = segs.last().cloned();
                if let Some((Tok::Ident(kw), _)) = toks.get(i)
                    && kw == "as"
                {
                    name = match &toks.get(i + 1).map(|t| &t.0) {
                        Some(Tok::Ident(n)) if n != "_" => Some(n.clone()),
                        _ => None,
                    };
                    i += 2;
                }
                out.push((segs, name));
                return i;
            }
            Tok::Punct('{') => {
                i += 1;
                while i < toks.len() && toks[i].0 != Tok::Punct('}') {
                    i = use_tree(toks, i, segs.clone(), out);
                    if toks.get(i).map(|t| &t.0) == Some(&Tok::Punct(',')) {
                        i += 1;
                    }
                }
                return i + 1;
            }
            Tok::Punct('*') => {
                out.push((segs, None));
                return i + 1;
            }
            _ => return i + 1,
        }
    }
    i
}

/// The source tree: each file's module path, and the set of modules.
struct Tree {
    files: Vec<(PathBuf, Vec<String>)>,
    modules: BTreeSet<Vec<String>>,
}

impl Tree {
    fn read(src: &Path) -> Tree {
        let mut files = Vec::new();
        let mut stack = vec![src.to_path_buf()];
        while let Some(dir) = stack.pop() {
            for entry in std::fs::read_dir(&dir).unwrap() {
                let path = entry.unwrap().path();
                if path.is_dir() {
                    stack.push(path);
                } else if path.extension().is_some_and(|e| e == "rs")
                    // A module's own `tests.rs` or `tests/` (`#[cfg(test)] mod tests;`) is test
                    // code: tests may reach anywhere.
                    && path.file_name().is_none_or(|n| n != "tests.rs")
                    && !path.strip_prefix(src).unwrap().components().any(|c| c.as_os_str() == "tests")
                {
                    let rel = path.strip_prefix(src).unwrap().with_extension("");
                    let mut module: Vec<String> = rel
                        .components()
                        .map(|c| c.as_os_str().to_string_lossy().into_owned())
                        .collect();
                    if matches!(
                        module.last().map(String::as_str),
                        Some("mod" | "lib" | "main")
                    ) && !(module.len() == 1 && module[0] == "main")
                    {
                        module.pop();
                    }
                    files.push((path, module));
                }
            }
        }
        files.sort();
        let mut modules = BTreeSet::new();
        for (_, m) in &files {
            for n in 1..=m.len() {
                modules.insert(m[..n].to_vec());
            }
        }
        Tree { files, modules }
    }

    /// The node an absolute path (from the crate's root) lies in.
    fn node(&self, path: &[String]) -> String {
        let Some(first) = path.first() else {
            return "crate".into();
        };
        if !self.modules.contains(&path[..1]) {
            return "crate".into();
        }
        if WINGS.contains(&first.as_str()) && path.len() > 1 && self.modules.contains(&path[..2]) {
            return format!("{first}::{}", path[1]);
        }
        first.clone()
    }

    /// Every arrow from one node to another: (from, to) → where it is written.
    fn arrows(&self) -> BTreeMap<(String, String), Vec<String>> {
        let mut arrows: BTreeMap<(String, String), Vec<String>> = BTreeMap::new();
        for (file, module) in &self.files {
            let from = self.node(module);
            let text = std::fs::read_to_string(file).unwrap();
            let shown = file
                .strip_prefix(env!("CARGO_MANIFEST_DIR"))
                .unwrap_or(file);
            for (abs, line) in self.paths(module, &text) {
                let to = self.node(&abs);
                if to != from {
                    let at = format!("{}:{line}", shown.display());
                    let seen = arrows.entry((from.clone(), to)).or_default();
                    if !seen.contains(&at) {
                        seen.push(at);
                    }
                }
            }
        }
        arrows
    }

    /// The paths into the crate that the source of `module` names (from the crate's root),
    /// with their lines.
    fn paths(&self, module: &[String], text: &str) -> Vec<(Vec<String>, usize)> {
        let toks = without_tests(lex(text));
        let mut found: Vec<(Vec<String>, usize)> = Vec::new();

        // `use` lines first: they bind the names the code goes on to use.
        let mut names: BTreeMap<String, Vec<String>> = BTreeMap::new();
        let mut in_use = vec![false; toks.len()];
        let mut i = 0;
        while i < toks.len() {
            let after_sep = i > 0 && toks[i - 1].0 == Tok::PathSep;
            if toks[i].0 == Tok::Ident("use".into()) && !after_sep {
                let start = i;
                let mut paths = Vec::new();
                i = use_tree(&toks, i + 1, Vec::new(), &mut paths);
                while i < toks.len() && toks[i - 1].0 != Tok::Punct(';') {
                    i += 1;
                }
                in_use[start..i].iter_mut().for_each(|u| *u = true);
                for (path, name) in paths {
                    if let Some(abs) = self.resolve(module, &path, &names) {
                        if let Some(name) = name {
                            names.insert(name, abs.clone());
                        }
                        found.push((abs, toks[start].1));
                    }
                }
            } else {
                i += 1;
            }
        }

        // Paths in code: `a::b…` whose first name resolves inside the crate.
        let mut i = 0;
        while i < toks.len() {
            let starts = !in_use[i]
                && matches!(toks[i].0, Tok::Ident(_))
                && toks.get(i + 1).map(|t| &t.0) == Some(&Tok::PathSep)
                && !(i > 0 && toks[i - 1].0 == Tok::PathSep);
            if !starts {
                i += 1;
                continue;
            }
            let line = toks[i].1;
            let mut path = Vec::new();
            while let Some((Tok::Ident(s), _)) = toks.get(i) {
                path.push(s.clone());
                i += 1;
                if toks.get(i).map(|t| &t.0) != Some(&Tok::PathSep) {
                    break;
                }
                i += 1;
            }
            if let Some(abs) = self.resolve(module, &path, &names) {
                found.push((abs, line));
            }
        }
        found
    }

    /// A path as written in `module` → the path from the crate's root, if it is in the crate.
    fn resolve(
        &self,
        module: &[String],
        path: &[String],
        names: &BTreeMap<String, Vec<String>>,
    ) -> Option<Vec<String>> {
        let first = path.first()?;
        let (mut base, rest) = match first.as_str() {
            // The binary names the library `zvit`; the two share one namespace here
            // (the binary's own modules, `cli`, are no library module's name).
            "crate" | "zvit" => (Vec::new(), &path[1..]),
            "self" => (module.to_vec(), &path[1..]),
            "super" => {
                let mut base = module.to_vec();
                let mut n = 0;
                while path.get(n).map(String::as_str) == Some("super") {
                    base.pop();
                    n += 1;
                }
                (base, &path[n..])
            }
            name => {
                let mut child = module.to_vec();
                child.push(name.to_string());
                if self.modules.contains(&child) {
                    (child, &path[1..])
                } else if let Some(bound) = names.get(name) {
                    (bound.clone(), &path[1..])
                } else {
                    return None;
                }
            }
        };
        base.extend(rest.iter().cloned());
        Some(base)
    }
}

fn wing(node: &str) -> &str {
    node.split("::").next().unwrap()
}

/// The strongly connected groups of more than one node (Tarjan).
fn cycles(graph: &BTreeMap<String, BTreeSet<String>>) -> Vec<Vec<String>> {
    struct State<'a> {
        graph: &'a BTreeMap<String, BTreeSet<String>>,
        index: BTreeMap<&'a str, usize>,
        low: BTreeMap<&'a str, usize>,
        stack: Vec<&'a str>,
        on: BTreeSet<&'a str>,
        groups: Vec<Vec<String>>,
    }
    fn visit<'a>(s: &mut State<'a>, v: &'a str) {
        let n = s.index.len();
        s.index.insert(v, n);
        s.low.insert(v, n);
        s.stack.push(v);
        s.on.insert(v);
        for w in s.graph.get(v).into_iter().flatten() {
            if !s.index.contains_key(w.as_str()) {
                visit(s, w);
                let lw = s.low[w.as_str()];
                let lv = s.low.get_mut(v).unwrap();
                *lv = (*lv).min(lw);
            } else if s.on.contains(w.as_str()) {
                let iw = s.index[w.as_str()];
                let lv = s.low.get_mut(v).unwrap();
                *lv = (*lv).min(iw);
            }
        }
        if s.low[v] == s.index[v] {
            let mut group = Vec::new();
            while let Some(w) = s.stack.pop() {
                s.on.remove(w);
                group.push(w.to_string());
                if w == v {
                    break;
                }
            }
            if group.len() > 1 {
                group.sort();
                s.groups.push(group);
            }
        }
    }
    let mut s = State {
        graph,
        index: BTreeMap::new(),
        low: BTreeMap::new(),
        stack: Vec::new(),
        on: BTreeSet::new(),
        groups: Vec::new(),
    };
    for v in graph.keys() {
        if !s.index.contains_key(v.as_str()) {
            visit(&mut s, v);
        }
    }
    s.groups
}

/// One cycle through `start` inside `group` (a shortest one, by breadth-first search).
fn one_cycle(graph: &BTreeMap<String, BTreeSet<String>>, group: &[String]) -> Vec<String> {
    let start = &group[0];
    let mut came: BTreeMap<&str, &str> = BTreeMap::new();
    let mut queue = std::collections::VecDeque::from([start.as_str()]);
    while let Some(v) = queue.pop_front() {
        for w in graph.get(v).into_iter().flatten() {
            if !group.contains(w) {
                continue;
            }
            if w == start {
                let mut path = vec![start.clone()];
                let mut at = v;
                while at != start {
                    path.push(at.to_string());
                    at = came[at];
                }
                path.push(start.clone());
                path.reverse();
                return path;
            }
            if !came.contains_key(w.as_str()) {
                came.insert(w, v);
                queue.push_back(w);
            }
        }
    }
    group.to_vec()
}

fn tree() -> (Tree, BTreeMap<(String, String), Vec<String>>) {
    let tree = Tree::read(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src"));
    let arrows = tree.arrows();
    (tree, arrows)
}

#[test]
fn the_modules_import_one_another_without_a_cycle() {
    let (_, arrows) = tree();
    let mut graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (from, to) in arrows.keys() {
        graph.entry(from.clone()).or_default().insert(to.clone());
    }
    let mut report = String::new();
    for group in cycles(&graph) {
        report += &format!("cycle among {}:\n", group.join(", "));
        for pair in one_cycle(&graph, &group).windows(2) {
            let at = &arrows[&(pair[0].clone(), pair[1].clone())];
            report += &format!("  {} -> {}  ({})\n", pair[0], pair[1], at.join(", "));
        }
    }
    assert!(report.is_empty(), "import cycles:\n{report}");
}

#[test]
fn each_wing_imports_only_the_wings_below_it() {
    let (_, arrows) = tree();
    let mut report = String::new();
    let mut used = BTreeSet::new();
    for ((from, to), at) in &arrows {
        let (fw, tw) = (wing(from), wing(to));
        if fw == tw || allowed(fw).contains(&tw) {
            continue;
        }
        match EXCEPTIONS
            .iter()
            .position(|(f, t, _)| f == from && *t == tw)
        {
            Some(n) => {
                used.insert(n);
            }
            None => report += &format!("{from} -> {to}  ({})\n", at.join(", ")),
        }
    }
    for (n, (from, to, why)) in EXCEPTIONS.iter().enumerate() {
        if !used.contains(&n) {
            report += &format!("an exception no longer needed: {from} -> {to} ({why})\n");
        }
    }
    assert!(report.is_empty(), "arrows against the layout:\n{report}");
}

#[test]
fn the_check_sees_use_groups_super_and_paths_in_code_but_not_tests_or_comments() {
    let src = r#"
        use crate::{analysis::{self, plan::Plan}, edge::store as db};
        use super::sibling;
        // use crate::web::Desk;
        /* crate::service::x */
        fn f() { let s = "crate::cli::x"; analysis::parse::parse(); db::Store::open(); crate::Clock::System; }
        #[cfg(test)]
        mod tests { use crate::service::queue; }
    "#;
    let tree = Tree {
        files: Vec::new(),
        modules: [
            vec!["analysis"],
            vec!["analysis", "parse"],
            vec!["analysis", "plan"],
            vec!["edge"],
            vec!["edge", "store"],
            vec!["outgoing"],
            vec!["outgoing", "sibling"],
            vec!["outgoing", "here"],
        ]
        .into_iter()
        .map(|m| m.into_iter().map(String::from).collect())
        .collect(),
    };
    let module: Vec<String> = vec!["outgoing".into(), "here".into()];
    let paths: Vec<String> = tree
        .paths(&module, src)
        .iter()
        .map(|(abs, _)| tree.node(abs))
        .collect();
    assert_eq!(
        paths,
        [
            "analysis",
            "analysis::plan",
            "edge::store",
            "outgoing::sibling",
            "analysis::parse",
            "edge::store",
            "crate"
        ]
    );
}
