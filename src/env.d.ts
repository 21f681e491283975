interface ImportMetaEnv {
  /** Where preview images are kept between builds (src/integrations/preview-image-cache.ts). */
  readonly PREVIEW_IMAGE_CACHE?: string;
}
