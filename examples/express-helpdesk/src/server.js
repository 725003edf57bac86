const path = require('path');
const express = require('express');
const cookieParser = require('cookie-parser');

const accountRoutes = require('./routes/account');
const ticketRoutes = require('./routes/tickets');
const attachmentRoutes = require('./routes/attachments');
const adminRoutes = require('./routes/admin');
const { currentAgent, requireAgent } = require('./routes/auth');

const app = express();

app.set('view engine', 'ejs');
app.set('views', path.join(__dirname, '..', 'views'));
app.disable('x-powered-by');

app.use(express.urlencoded({ extended: false }));
app.use(express.json({ limit: '256kb' }));
app.use(cookieParser());
app.use(currentAgent);

app.use('/account', accountRoutes);
app.use('/tickets', requireAgent, ticketRoutes);
app.use('/tickets', requireAgent, attachmentRoutes);
app.use('/admin', requireAgent, adminRoutes);

app.get('/', (req, res) => res.redirect('/tickets'));

app.use((err, req, res, next) => {
  console.error(err);
  res.status(500).json({ error: 'internal error' });
});

const port = Number(process.env.PORT || 3000);
if (require.main === module) {
  app.listen(port, () => console.log(`helpdesk listening on :${port}`));
}

module.exports = app;
