//! Reading a spreadsheet's export into the directory (issue 15, the content
//! studio): the file's text whatever its encoding, its rows and columns,
//! lenient dates, values in one cell, and ids made from names. Plain code,
//! tested natively, so the studio's view only shows what this decides.

pub mod columns;
pub mod dates;
pub mod ids;
pub mod rows;
pub mod table;
pub mod text;

#[cfg(test)]
mod tests;
