pub mod cluster;
pub mod eval;
pub mod rouge;
pub mod segment;
pub mod serve;
pub mod stories;
pub mod summarize;
pub mod train;

/// Lines handled together in batch modes: enough to keep every core busy,
/// few enough that memory stays bounded on any input size.
pub const BATCH_LINES: usize = 1024;
