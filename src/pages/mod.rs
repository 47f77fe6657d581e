//! One module per view. Each view is thin: it reads content and URL state,
//! calls the domain core, and lays out the result.

pub mod accessibility;
pub mod assess;
pub mod directory;
pub mod guide;
pub mod home;
pub mod not_found;
pub mod roles;
pub mod toolkit;
