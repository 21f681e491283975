interface ImportMetaEnv {
  /** Where preview images are kept between builds (src/integrations/preview-images.ts). */
  readonly PREVIEW_IMAGE_CACHE?: string;
  /** The file the preview images' worker threads run (src/integrations/preview-images.ts). */
  readonly PREVIEW_IMAGE_WORKER?: string;
}
