'use strict';
// What Windows makes of a toast's XML, as far as the app can observe it: whether it loads at
// all, the `launch` arguments of its body, and each button's arguments. A toast built from
// options is Electron's own template (windows_toast_notification.cc, GetToastXml): no `launch`,
// buttons `type=action&action=<i>&tag=<id>`. A custom `toastXml` is loaded as given
// (CreateToastXmlDocument: "The custom xml takes priority"); if it does not parse, the
// notification fails with "XML: Invalid XML". The rules below are Windows' toast schema rules
// the double enforces (learn.microsoft.com "Toast content schema"): root <toast>, one <visual>
// with a <binding template="ToastGeneric"> of at most three <text>, at most five <action>, and a
// payload of at most 5 KB (WPN_E_NOTIFICATION_SIZE, "The size of the notification content is
// too large.").
const sax = require('sax');

const MAX_BYTES = 5 * 1024;
const MAX_ACTIONS = 5;
const MAX_TEXTS = 3;

/**
 * Characters outside XML 1.0's Char production (C0 controls but tab, newline and return;
 * U+FFFE/U+FFFF; unpaired surrogates). Windows' XmlDocument.LoadXml refuses a document holding
 * one, raw or as a reference; sax only refuses the references.
 */
const NOT_XML_CHAR =
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Parses a toast; throws an Error whose message is what Electron would emit as `failed`. */
function parseToastXml(xml) {
  if (NOT_XML_CHAR.test(xml)) throw new Error('XML: Invalid XML, ERROR an invalid character was found');
  const parser = sax.parser(true, { xmlns: false });
  const toast = {
    launch: '',
    scenario: '',
    texts: [],
    actions: [],
    images: [],
    audioSilent: false,
    root: '',
  };
  const stack = [];
  let text = null;
  parser.onerror = (error) => {
    throw new Error(`XML: Invalid XML, ERROR ${error.message.split('\n')[0]}`);
  };
  parser.onopentag = (node) => {
    const parent = stack.at(-1);
    stack.push(node.name);
    if (!parent) {
      toast.root = node.name;
      toast.launch = node.attributes.launch ?? '';
      toast.scenario = node.attributes.scenario ?? '';
    }
    if (node.name === 'text' && parent === 'binding') text = '';
    if (node.name === 'image') toast.images.push({ ...node.attributes });
    if (node.name === 'action' && parent === 'actions')
      toast.actions.push({
        arguments: node.attributes.arguments ?? '',
        content: node.attributes.content ?? '',
        activationType: node.attributes.activationType ?? 'foreground',
      });
    if (node.name === 'audio') toast.audioSilent = node.attributes.silent === 'true';
    if (node.name === 'binding' && node.attributes.template !== 'ToastGeneric')
      throw new Error('XML: the toast binding must use the ToastGeneric template');
  };
  parser.ontext = (chunk) => {
    if (text !== null) text += chunk;
  };
  parser.onclosetag = (name) => {
    stack.pop();
    if (name === 'text' && text !== null) {
      toast.texts.push(text);
      text = null;
    }
  };
  parser.write(xml).close();
  if (toast.root !== 'toast') throw new Error('XML: the root element must be <toast>');
  if (toast.texts.length > MAX_TEXTS) throw new Error(`XML: a toast shows at most ${MAX_TEXTS} texts`);
  if (toast.actions.length > MAX_ACTIONS) throw new Error(`XML: a toast has at most ${MAX_ACTIONS} actions`);
  if (Buffer.byteLength(xml, 'utf8') > MAX_BYTES)
    throw new Error('The size of the notification content is too large.');
  return toast;
}

/** Electron's template for a toast built from options (GetToastXml), reduced to what is observable. */
function templateToast(options, id) {
  return {
    launch: '',
    scenario: options.timeoutType === 'never' ? 'reminder' : '',
    texts: [options.title, options.body].filter(Boolean),
    actions: (options.actions ?? []).map((action, index) => ({
      arguments: `type=action&action=${index}&tag=${id}`,
      content: action.text ?? '',
      activationType: 'foreground',
    })),
    images: [],
    audioSilent: options.silent === true,
    root: 'toast',
  };
}

module.exports = { parseToastXml, templateToast, MAX_BYTES, MAX_ACTIONS };
