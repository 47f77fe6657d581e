//! Reading parsed rich text back: every inline in order, the words without
//! markup, and what a parse promises. Iterative throughout (a stack of the
//! levels being read), so even a tree built without the parser's nesting
//! limit cannot exhaust the call stack.

use super::{Block, Inline, MAX_NESTING};

/// Calls `read` with each inline content of the blocks, in reading order:
/// headings, paragraphs, list items, table captions and cells, quotations
/// and their attributions.
fn each_content<'a>(blocks: &'a [Block], read: &mut impl FnMut(&'a [Inline])) {
    for block in blocks {
        match block {
            Block::Heading { content, .. } | Block::Paragraph(content) => read(content),
            Block::List { items, .. } => items.iter().for_each(|item| read(item)),
            Block::Table(table) => table
                .caption
                .iter()
                .chain(table.header.iter())
                .chain(table.rows.iter().flatten())
                .for_each(|cell| read(cell)),
            Block::Quote {
                content,
                attribution,
            } => {
                read(content);
                attribution.iter().for_each(|who| read(who));
            }
        }
    }
}

/// Every inline in the blocks, outer before inner, in reading order: for
/// cross-reference checks.
pub fn walk<'a>(blocks: &'a [Block], visit: &mut impl FnMut(&'a Inline)) {
    each_content(blocks, &mut |content| walk_inlines(content, visit));
}

/// [`walk`] for inline content.
fn walk_inlines<'a>(content: &'a [Inline], visit: &mut impl FnMut(&'a Inline)) {
    let mut levels = vec![content.iter()];
    while let Some(level) = levels.last_mut() {
        let Some(inline) = level.next() else {
            levels.pop();
            continue;
        };
        visit(inline);
        match inline {
            Inline::Strong(inner)
            | Inline::Emphasis(inner)
            | Inline::Link { content: inner, .. } => levels.push(inner.iter()),
            Inline::Text(_) | Inline::Cite(_) => {}
        }
    }
}

/// The words of inline content without markup (for labels).
pub fn plain_inlines(content: &[Inline]) -> String {
    let mut out = String::new();
    walk_inlines(content, &mut |inline| {
        if let Inline::Text(text) = inline {
            out.push_str(text);
        }
    });
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The words of the blocks without markup, for search.
pub fn plain_text(blocks: &[Block]) -> String {
    let mut out = String::new();
    walk(blocks, &mut |inline| {
        if let Inline::Text(text) = inline {
            out.push_str(text);
            out.push(' ');
        }
    });
    out
}

/// What parsed text promises, for the property tests and the `rich_text`
/// fuzz target: its words are the text's own characters in reading order,
/// markup nests at most `MAX_NESTING` deep, and no link holds another.
#[doc(hidden)]
pub fn promises_kept(text: &str, blocks: &[Block]) -> Result<(), String> {
    let plain = plain_text(blocks);
    let mut source = text.chars();
    for c in plain.chars().filter(|c| !c.is_whitespace()) {
        if !source.any(|s| s == c) {
            return Err(format!(
                "{c:?} in the plain text is not in the text in order"
            ));
        }
    }
    // The contents to read, with their depth and whether a link holds them.
    let mut stack: Vec<(&[Inline], usize, bool)> = Vec::new();
    each_content(blocks, &mut |content| stack.push((content, 0, false)));
    while let Some((content, depth, in_link)) = stack.pop() {
        for inline in content {
            let (inner, is_link) = match inline {
                Inline::Strong(inner) | Inline::Emphasis(inner) => (inner, false),
                Inline::Link { content, .. } => (content, true),
                Inline::Text(_) | Inline::Cite(_) => continue,
            };
            if is_link && in_link {
                return Err("a link inside a link".into());
            }
            if depth + 1 > MAX_NESTING {
                return Err(format!("markup {} deep", depth + 1));
            }
            stack.push((inner, depth + 1, in_link || is_link));
        }
    }
    Ok(())
}
