const { exec, execFile } = require('child_process');
const { promisify } = require('util');
const axios = require('axios');

const execFileAsync = promisify(execFile);

const MAIL_API = 'https://api.mailer.example.com/v3/messages';
const STATUS_API = 'https://status.helpdesk-vendor.example/api/v2/components/';

async function sendResetCode(to, code) {
  const headers = { Authorization: `Bearer ${process.env.MAIL_API_KEY}` };
  await axios.post(MAIL_API, { to, template: 'agent-password-reset', variables: { code } }, { headers, timeout: 5000 });
}

// "Send test event" button on the webhook settings page.
async function sendTestEvent(targetUrl) {
  const event = { type: 'ticket.test', sentAt: new Date().toISOString() };
  // plumb-expect: ssrf
  const response = await axios.post(targetUrl, event, { timeout: 5000, validateStatus: () => true });
  return { status: response.status };
}

async function componentStatus(component) {
  // plumb-ok: ssrf
  const { data } = await axios.get(STATUS_API + encodeURIComponent(component), { timeout: 3000 });
  return data.status;
}

// Support mailboxes must have MX records before they can be connected.
function mailExchangers(domain) {
  return new Promise((resolve, reject) => {
    // plumb-expect: command-injection
    exec(`nslookup -type=mx ${domain}`, { timeout: 5000 }, (err, stdout) => {
      if (err) {
        reject(err);
        return;
      }
      resolve(stdout.split('\n').filter((line) => line.includes('mail exchanger')));
    });
  });
}

async function traceMailHost(host) {
  // plumb-ok: command-injection
  const { stdout } = await execFileAsync('dig', ['+short', '+trace', host], { timeout: 10000 });
  return stdout.trim().split('\n');
}

module.exports = {
  sendResetCode,
  sendTestEvent,
  componentStatus,
  mailExchangers,
  traceMailHost,
};
