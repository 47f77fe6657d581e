//! The result as a Markdown action plan, to paste into an email or a Teams
//! post (the document itself is assembled in `document.rs`).

use super::document::{ActionPlan, Block, Item, Span, blocks};

pub fn action_plan(plan: &ActionPlan<'_>) -> String {
    let mut out = String::new();
    for block in blocks(plan) {
        match block {
            Block::Heading(level, title) => {
                for _ in 0..level {
                    out.push('#');
                }
                out.push(' ');
                out.push_str(&inline(&title));
            }
            Block::Para(spans) => spans_to(&spans, &mut out),
            Block::List(_, items) if items.is_empty() => continue,
            Block::List(numbered, items) => {
                for (n, Item { spans, more, quote }) in items.iter().enumerate() {
                    let indent = if numbered {
                        out.push_str(&(n + 1).to_string());
                        out.push_str(". ");
                        "   "
                    } else {
                        out.push_str("- ");
                        "  "
                    };
                    spans_to(spans, &mut out);
                    for line in more {
                        out.push('\n');
                        out.push_str(indent);
                        spans_to(line, &mut out);
                    }
                    for line in quote {
                        out.push('\n');
                        out.push_str(indent);
                        out.push_str("> ");
                        out.push_str(&inline(line));
                    }
                    out.push('\n');
                }
                out.pop();
            }
            Block::Table(header, rows) => {
                row(header.iter().map(|cell| inline(cell)), &mut out);
                out.push('|');
                for _ in &header {
                    out.push_str("---|");
                }
                out.push('\n');
                for cells in rows {
                    row(cells.iter().map(|cell| inline(cell)), &mut out);
                }
                out.pop();
            }
        }
        out.push_str("\n\n");
    }
    out.pop();
    out
}

fn row(cells: impl Iterator<Item = String>, out: &mut String) {
    out.push('|');
    for cell in cells {
        out.push(' ');
        out.push_str(&cell);
        out.push_str(" |");
    }
    out.push('\n');
}

fn spans_to(spans: &[Span], out: &mut String) {
    for span in spans {
        match span {
            Span::Text(text) => out.push_str(&inline_keep_edges(text)),
            Span::Strong(text) => wrap("**", text, out),
            Span::Em(text) => wrap("*", text, out),
            Span::Link(label, url) => {
                out.push('[');
                out.push_str(&inline(label));
                out.push_str("](");
                out.push_str(url);
                out.push(')');
            }
            Span::Url(url) => {
                out.push('<');
                out.push_str(url);
                out.push('>');
            }
            Span::Break => out.push_str("  \n"),
        }
    }
}

fn wrap(mark: &str, text: &str, out: &mut String) {
    out.push_str(mark);
    out.push_str(&inline(text));
    out.push_str(mark);
}

/// [`inline`], keeping one space at either end where the text has one, so
/// runs of text join up as written.
fn inline_keep_edges(text: &str) -> String {
    let mut out = String::new();
    if text.starts_with(char::is_whitespace) {
        out.push(' ');
    }
    out.push_str(&inline(text));
    if text.ends_with(char::is_whitespace) && !text.trim().is_empty() {
        out.push(' ');
    }
    out
}

/// Text as one line of Markdown that shows exactly as written: line breaks
/// become spaces and characters Markdown would act on are escaped.
pub fn inline(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut last_space = false;
    for c in text.chars() {
        if c.is_whitespace() {
            if !last_space {
                out.push(' ');
            }
            last_space = true;
            continue;
        }
        last_space = false;
        if matches!(
            c,
            '\\' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|' | '`' | '~'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
    out.trim().to_string()
}
