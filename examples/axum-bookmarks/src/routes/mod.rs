pub mod bookmarks;
pub mod preview;
