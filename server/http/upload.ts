/**
 * multipart/form-data uploads (multer over busboy), held in memory within the
 * configured limits: file size and count. A refused upload answers
 * problem+json naming the limit and the setting that raises it; a malformed
 * body answers 400. Parsed files land in `res.locals.files` as UploadedFile[].
 */
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import multer from 'multer';
import { problem, sendProblem } from '../errors.ts';
import type { UploadedFile, UploadSpec } from '../routes/route.ts';

export interface UploadLimits {
  /** Largest file, in bytes. */
  fileBytes: number;
  /** Most files in one request. */
  files: number;
}

/** The client's name for a file, without folders; undefined when nothing usable is left. */
export function cleanFileName(raw: string): string | undefined {
  const name = raw.split(/[\\/]/).pop()?.trim() ?? '';
  if (name === '' || name === '.' || name === '..' || /[\u0000-\u001f\u007f]/.test(name)) return undefined;
  return name.length > 255 ? undefined : name;
}

function refusal(error: unknown, spec: UploadSpec, limits: UploadLimits, maxFiles: number) {
  if (error instanceof multer.MulterError) {
    switch (error.code) {
      case 'LIMIT_FILE_SIZE':
        return problem(
          413,
          'UPLOAD_TOO_LARGE',
          `${error.field ? `The file in ${error.field}` : 'A file'} is larger than ${limits.fileBytes} bytes; ` +
            'send smaller files or raise POLICYGRAPH_UPLOAD_LIMIT.',
          spec.field,
        );
      case 'LIMIT_FILE_COUNT':
        return problem(
          413,
          'TOO_MANY_FILES',
          `At most ${maxFiles} ${maxFiles === 1 ? 'file' : 'files'} per request; send the rest in another request` +
            (maxFiles === limits.files ? ' or raise POLICYGRAPH_UPLOAD_FILES.' : '.'),
          spec.field,
        );
      case 'LIMIT_UNEXPECTED_FILE':
        return problem(
          400,
          'VALIDATION',
          `Files go in the form field "${spec.field}" (got a file in "${error.field ?? '?'}"${
            maxFiles === 1 ? ', or more than one file' : ''
          }).`,
          spec.field,
        );
      default:
        return problem(400, 'VALIDATION', `The multipart body was refused: ${error.message}.`, 'body');
    }
  }
  const why = error instanceof Error ? error.message : 'it could not be parsed';
  return problem(400, 'VALIDATION', `The multipart body could not be read (${why}); send multipart/form-data.`, 'body');
}

/** Parses the upload of `spec`; the route's handler finds the files in `res.locals.files`. */
export function uploadParser(spec: UploadSpec, limits: UploadLimits): RequestHandler {
  const maxFiles = Math.min(spec.maxFiles ?? limits.files, limits.files);
  const parse = multer({
    storage: multer.memoryStorage(),
    limits: { fileSize: limits.fileBytes, files: maxFiles, fields: 20, fieldSize: 64 * 1024, parts: maxFiles + 20 },
    defParamCharset: 'utf8',
  }).array(spec.field, maxFiles);
  return (req: Request, res: Response, next: NextFunction) => {
    parse(req, res, (error?: unknown) => {
      if (error) {
        sendProblem(res, refusal(error, spec, limits, maxFiles));
        return;
      }
      const received = Array.isArray(req.files) ? req.files : [];
      const files: UploadedFile[] = received.map((file) => ({
        name: cleanFileName(file.originalname) ?? '',
        bytes: file.buffer,
      }));
      res.locals.files = files;
      next();
    });
  };
}
