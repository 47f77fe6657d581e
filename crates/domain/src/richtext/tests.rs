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
