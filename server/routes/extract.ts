/** POST /api/extract: what one uploaded file yields (entities, relations with evidence), without storing it. */
import { ExtractionSchema } from '../../schema/model.ts';
import { ValidationError } from '../../schema/errors.ts';
import { extractUpload } from '../ingest-uploads.ts';
import { defineRoute } from './route.ts';

export const extractRoutes = [
  defineRoute({
    id: 'extractFile',
    method: 'post',
    path: '/api/extract',
    summary: 'Run the extractor on one uploaded file and answer what `policygraph extract FILE --format json` prints.',
    description: 'Nothing is stored. The file goes in the multipart form field "file"; an unreadable file answers 400 naming it.',
    tags: ['sources'],
    rateLimit: 'upload',
    upload: { field: 'file', maxFiles: 1, description: 'One text file (.txt), UTF-8 or GB18030.' },
    response: ExtractionSchema,
    problems: [400, 413],
    handler: async ({ files }, { maxFileBytes }) => {
      const [file] = files;
      if (!file) {
        throw new ValidationError('No file was sent: POST multipart/form-data with the file in the form field "file" (curl -F file=@report.txt).', 'file');
      }
      return extractUpload(file, maxFileBytes);
    },
  }),
];
