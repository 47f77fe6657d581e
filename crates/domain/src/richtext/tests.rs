use super::*;

fn text(s: &str) -> Inline {
    Inline::Text(s.to_string())
}

#[test]
fn paragraphs_lists_quotes_and_headings() {
    let blocks = parse("## Why\nOne line\ncontinues.\n\n- a\n- b\n  more\n\n1. first\n2. second\n\n> Quoted words\n> — UCL, 2019").unwrap();
    assert_eq!(
        blocks,
        vec![
            Block::Heading {
                level: 3,
                content: vec![text("Why")]
            },
            Block::Paragraph(vec![text("One line continues.")]),
            Block::List {
                ordered: false,
                items: vec![vec![text("a")], vec![text("b more")]]
            },
            Block::List {
                ordered: true,
                items: vec![vec![text("first")], vec![text("second")]]
            },
            Block::Quote {
                content: vec![text("Quoted words")],
                attribution: Some(vec![text("UCL, 2019")])
            },
        ]
    );
}

#[test]
fn inline_markup() {
    assert_eq!(
        inlines("a **b** *c* [d](https://x.org) [^src-1] \\*e\\*").unwrap(),
        vec![
            text("a "),
            Inline::Strong(vec![text("b")]),
            text(" "),
            Inline::Emphasis(vec![text("c")]),
            text(" "),
            Inline::Link {
                target: Link::External("https://x.org".into()),
                content: vec![text("d")]
            },
            text(" "),
            Inline::Cite("src-1".into()),
            text(" *e*"),
        ]
    );
}

#[test]
fn unmatched_markers_are_text() {
    assert_eq!(
        inlines("2 * 3 and [PDF 266KB] and **open").unwrap(),
        vec![text("2 * 3 and [PDF 266KB] and **open")]
    );
}

#[test]
fn app_and_section_links() {
    assert_eq!(
        parse_link_target("/directory?q=finance#top").unwrap(),
        Link::App {
            route: Route::Directory,
            query: "q=finance".into(),
            fragment: "top".into()
        }
    );
    assert_eq!(
        parse_link_target("#success-factors").unwrap(),
        Link::Section("success-factors".into())
    );
    assert!(
        parse_link_target("/nowhere")
            .unwrap_err()
            .contains("is not a page of this app")
    );
}

#[test]
fn rejects_unsafe_and_broken_links() {
    assert_eq!(
        inlines("[x](javascript:alert(1))").unwrap_err(),
        "links must start with https:// or mailto:, not javascript:"
    );
    assert!(
        inlines("[x](http://a.org)")
            .unwrap_err()
            .contains("not secure")
    );
    assert!(inlines("[x](//evil.org)").is_err());
    assert_eq!(
        inlines("[x](https://a.org").unwrap_err(),
        "the link \"[x](https://a.org\" has no closing \")\""
    );
    assert!(
        inlines("[](https://a.org)")
            .unwrap_err()
            .contains("has no text")
    );
    assert!(
        inlines("[^Bad Id]")
            .unwrap_err()
            .contains("not a valid citation")
    );
}

#[test]
fn walk_and_plain_text() {
    let blocks = parse("See [the **guide**](/guide) [^s].").unwrap();
    let mut links = 0;
    walk(&blocks, &mut |inline| {
        links += matches!(inline, Inline::Link { .. } | Inline::Cite(_)) as usize
    });
    assert_eq!(links, 2);
    assert_eq!(
        plain_text(&blocks).split_whitespace().collect::<Vec<_>>(),
        ["See", "the", "guide", "."]
    );
}

#[test]
fn tables_with_caption_header_and_rows() {
    let blocks = parse(
        "Intro.\n\nTable: Forms *compared*\n| | Purpose | Lasts |\n|---|:---:|---|\n| CoP | Learn \\| share | While useful |\n| Team | Deliver | [Until done](/guide) |",
    )
    .unwrap();
    assert_eq!(blocks.len(), 2);
    let Block::Table(table) = &blocks[1] else {
        panic!("{blocks:?}")
    };
    assert_eq!(
        table.caption,
        Some(vec![
            text("Forms "),
            Inline::Emphasis(vec![text("compared")])
        ])
    );
    assert_eq!(
        table.header,
        vec![vec![], vec![text("Purpose")], vec![text("Lasts")]]
    );
    assert_eq!(table.rows.len(), 2);
    assert_eq!(table.rows[0][1], vec![text("Learn | share")]);
    assert_eq!(
        plain_inlines(table.caption.as_ref().unwrap()),
        "Forms compared"
    );
    let mut links = 0;
    walk(&blocks, &mut |inline| {
        links += matches!(inline, Inline::Link { .. }) as usize
    });
    assert_eq!(links, 1, "links inside cells are walked (and so checked)");
    assert!(plain_text(&blocks).contains("While useful"));
}

#[test]
fn a_caption_line_needs_a_table_right_after_it() {
    assert_eq!(
        parse("Table: not a caption\n\nJust text.").unwrap(),
        vec![
            Block::Paragraph(vec![text("Table: not a caption")]),
            Block::Paragraph(vec![text("Just text.")])
        ]
    );
}

#[test]
fn malformed_tables_are_refused_with_the_reason() {
    assert_eq!(
        parse("| a | b |\n| c | d |").unwrap_err(),
        "the table starting \"| a | b |\" needs a line like |---|---| after its header row"
    );
    assert_eq!(
        parse("| a | b |\n|---|---|").unwrap_err(),
        "the table starting \"| a | b |\" has a header but no rows"
    );
    assert_eq!(
        parse("| a | b |\n|---|---|\n| c |").unwrap_err(),
        "row 1 of the table starting \"| a | b |\" has 1 cell but the header has 2"
    );
    assert!(
        parse("| a |\n|---|\n| [x](javascript:alert(1)) |")
            .unwrap_err()
            .contains("not javascript:")
    );
}

/// Runs `f` on a thread with a small stack (debug builds use ~1 KB a frame),
/// so recursion as deep as the data would overflow it.
fn on_small_stack<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> T {
    std::thread::Builder::new()
        .stack_size(256 * 1024)
        .spawn(f)
        .unwrap()
        .join()
        .unwrap()
}

fn nested_links(levels: usize) -> String {
    format!("{}a{}", "[".repeat(levels), "](#a)".repeat(levels))
}

#[test]
fn deep_nesting_is_refused_before_it_overflows_the_stack() {
    // 3,000 levels fit in a field (under MAX_RICH_TEXT) and used to recurse
    // once per level until the stack overflowed.
    let text = nested_links(3_000);
    assert!(text.chars().count() < MAX_RICH_TEXT);
    let result = on_small_stack(move || parse(&text));
    assert_eq!(
        result.unwrap_err(),
        format!(
            "nests links, bold and italics more than 8 levels deep in \"{}…\"; the limit is 8",
            "[".repeat(40)
        )
    );
    assert_eq!(MAX_NESTING, 8);
}

#[test]
fn the_nesting_limit_counts_bold_italics_and_links() {
    // Nine levels of links, bold and italics: one too many.
    let text = format!("See **{}*x*{}**.", "[".repeat(7), "](#a)".repeat(7));
    assert_eq!(
        inlines(&text).unwrap_err(),
        "nests links, bold and italics more than 8 levels deep in \"**[[[[[[[*x*](#a)](#a)](#a)](#a)](#a)](#…\"; the limit is 8"
    );
    // Eight levels are within the limit: the error is then the nested link.
    assert!(
        inlines(&nested_links(8))
            .unwrap_err()
            .ends_with("contains another link")
    );
    assert!(
        inlines(&nested_links(9))
            .unwrap_err()
            .starts_with("nests links, bold and italics more than 8 levels deep")
    );
}

#[test]
fn a_link_anywhere_inside_a_link_is_refused() {
    assert_eq!(
        inlines("[a **[b](https://x.org)** c](https://y.org)").unwrap_err(),
        "the link \"[a **[b](https://x.org)** c](https://y.o…\" contains another link"
    );
    assert_eq!(
        inlines("[**a *[b](#c)* d**](#e) after").unwrap_err(),
        "the link \"[**a *[b](#c)* d**](#e) after\" contains another link"
    );
    // Bold inside a link, and a link inside bold, are fine.
    assert!(inlines("[a **b**](#c) and **[d](#e)**").is_ok());
}

#[test]
fn link_targets_may_hold_balanced_parentheses() {
    assert_eq!(
        inlines("See [text](https://example.ac.uk/a_(b)) now").unwrap(),
        vec![
            text("See "),
            Inline::Link {
                target: Link::External("https://example.ac.uk/a_(b)".into()),
                content: vec![text("text")]
            },
            text(" now"),
        ]
    );
    assert_eq!(
        inlines("[x](https://a.org/(b)").unwrap_err(),
        "the link \"[x](https://a.org/(b)\" has no closing \")\""
    );
    // A `)` after the target is text, as before.
    assert_eq!(
        inlines("([x](#a))").unwrap(),
        vec![
            text("("),
            Inline::Link {
                target: Link::Section("a".into()),
                content: vec![text("x")]
            },
            text(")"),
        ]
    );
}

#[test]
fn unmatched_brackets_at_the_size_limit_are_plain_text() {
    let text = "[".repeat(MAX_RICH_TEXT);
    let (blocks, steps) = parse_counting(&text);
    assert_eq!(
        blocks.unwrap(),
        vec![Block::Paragraph(vec![Inline::Text(text.clone())])]
    );
    // Linear: the old parser took ~200 million steps (each `[` looked for its
    // `]` to the end of the text).
    assert!(steps <= 16 * text.len(), "{steps}");
}

#[test]
fn walking_never_recurses_however_deep_the_tree() {
    // Built by hand, past any limit `parse` sets.
    fn deep(levels: usize) -> Vec<Inline> {
        let mut content = vec![Inline::Cite("x".into())];
        for level in 0..levels {
            content = vec![if level % 2 == 0 {
                Inline::Strong(content)
            } else {
                Inline::Emphasis(content)
            }];
        }
        content
    }
    /// Takes the tree apart level by level: dropping it whole would recurse.
    fn dismantle(mut content: Vec<Inline>) {
        while let Some(Inline::Strong(inner) | Inline::Emphasis(inner)) = content.pop() {
            content = inner;
        }
    }
    let (inlines, cites, plain) = on_small_stack(|| {
        let mut blocks = vec![Block::Paragraph(deep(100_000))];
        let mut inlines = 0;
        let mut cites = 0;
        walk(&blocks, &mut |inline| {
            inlines += 1;
            cites += matches!(inline, Inline::Cite(_)) as usize;
        });
        let Some(Block::Paragraph(content)) = blocks.pop() else {
            unreachable!()
        };
        let plain = plain_inlines(&content);
        dismantle(content);
        (inlines, cites, plain)
    });
    assert_eq!((inlines, cites, plain.as_str()), (100_001, 1, ""));
}
