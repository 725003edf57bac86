const fs = require('fs');
const path = require('path');
const express = require('express');

const ATTACHMENT_ROOT = path.resolve(process.env.ATTACHMENT_DIR || './data/attachments');

const router = express.Router();

function ticketDir(ticketId) {
  return path.join(ATTACHMENT_ROOT, String(Number.parseInt(ticketId, 10)));
}

// Inline preview of an attachment (images, PDFs) inside the ticket view.
router.get('/:id(\\d+)/attachments/:name/preview', (req, res) => {
  const file = path.join(ticketDir(req.params.id), req.params.name);
  // plumb-expect: path-traversal
  fs.createReadStream(file).on('error', () => res.sendStatus(404)).pipe(res);
});

router.get('/:id(\\d+)/attachments/:name', (req, res) => {
  // send() refuses paths that climb out of `root`
  // plumb-ok: path-traversal
  res.sendFile(req.params.name, { root: ticketDir(req.params.id), dotfiles: 'deny' });
});

router.delete('/:id(\\d+)/attachments/:name', async (req, res, next) => {
  try {
    const name = path.basename(req.params.name);
    // plumb-ok: path-traversal
    await fs.promises.unlink(path.join(ticketDir(req.params.id), name));
    res.sendStatus(204);
  } catch (err) {
    if (err.code === 'ENOENT') {
      res.sendStatus(404);
    } else {
      next(err);
    }
  }
});

module.exports = router;
