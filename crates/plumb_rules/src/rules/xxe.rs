use crate::context::Context;
use crate::{Category, Diagnostic, RuleMeta, Severity};

pub static RULE: RuleMeta = RuleMeta {
    id: "xxe",
    title: "XML external entity processing",
    category: Category::Security,
    severity: Severity::High,
    cwe: &[611],
    owasp: &["A05:2021"],
    languages: &["java", "python"],
    docs: r#"## What it does

Reports XML parsed from a non-constant input by a parser that still
resolves external entities. In Java that is a `DocumentBuilderFactory`,
`SAXParserFactory`, `XMLInputFactory`, `TransformerFactory`, dom4j
`SAXReader` or JDOM `SAXBuilder` that was not hardened; the finding is at
the `parse`, `createXMLStreamReader` or `read` call. A factory counts as
hardened when `disallow-doctype-decl` is true, or when external general and
parameter entities are both off, or (for StAX) when `SUPPORT_DTD` is false;
`FEATURE_SECURE_PROCESSING` alone is not enough. In Python, request data
parsed by `lxml.etree.fromstring`/`parse`/`XML` with the default parser, or
by `xml.sax` with `feature_external_ges` enabled, is reported; `defusedxml`,
`XMLParser(resolve_entities=False)`, `xml.etree.ElementTree` and `minidom`
are not.

## Why is this bad?

A document type declaration can define an entity whose value is a file or a
URL. When the parser expands it, the attacker reads local files (keys,
configuration), makes the server send requests into the internal network,
or exhausts memory with nested entities.

## Example

```java
@PostMapping(value = "/import", consumes = "application/xml")
public String importXml(HttpServletRequest request) throws Exception {
    DocumentBuilder builder = DocumentBuilderFactory.newInstance().newDocumentBuilder();
    Document doc = builder.parse(request.getInputStream());
    return doc.getDocumentElement().getTextContent();
}
```

```python
@app.route("/import", methods=["POST"])
def import_xml():
    root = etree.fromstring(request.data)
    return root.findtext("name")
```

## Use instead

```java
DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
factory.setXIncludeAware(false);
Document doc = factory.newDocumentBuilder().parse(request.getInputStream());
```

```python
from defusedxml import ElementTree as SafeET

@app.route("/import", methods=["POST"])
def import_xml():
    root = SafeET.fromstring(request.data)
    return root.findtext("name")
```

## References

- [CWE-611: Improper Restriction of XML External Entity Reference](https://cwe.mitre.org/data/definitions/611.html)
- [OWASP Top 10 2021 – A05 Security Misconfiguration](https://owasp.org/Top10/A05_2021-Security_Misconfiguration/)
- [OWASP XML External Entity Prevention Cheat Sheet](https://cheatsheetseries.owasp.org/cheatsheets/XML_External_Entity_Prevention_Cheat_Sheet.html)
"#,
};

use plumb_flow::{Konst, SinkEvent};
use plumb_ir::{Const, Language};

pub fn check(context: &Context<'_>, out: &mut Vec<Diagnostic>) {
    for event in context.sinks(RULE.id) {
        if hardened(event) {
            continue;
        }
        match context.language(event.module) {
            // Java parsers resolve external entities unless configured not to:
            // any input that is not a constant is a finding.
            Language::Java => {
                // Only a parser whose creation the flow saw has a known configuration.
                if event.value.konst.is_known() || !event.receiver_tracked {
                    continue;
                }
                let before = out.len();
                crate::taint::report_event(context, &RULE, event, &event.value.taint, out);
                if out.len() == before {
                    out.push(context.diagnostic(
                        &RULE,
                        event.module,
                        event.span,
                        event.function.as_str(),
                        format!(
                            "{}: `{}` parses with a parser that resolves external entities",
                            RULE.title,
                            crate::context::short_name(event.callee.as_str())
                        ),
                        Vec::new(),
                        String::new(),
                    ));
                }
            }
            // Parsers that resolve entities only when asked (.NET's since
            // 4.5.2): request data must reach them.
            Language::Python
            | Language::JavaScript
            | Language::TypeScript
            | Language::Go
            | Language::Ruby
            | Language::Php
            | Language::CSharp
            | Language::Rust => {
                crate::taint::report_event(context, &RULE, event, &event.value.taint, out)
            }
        }
    }
}

fn setting<'a>(event: &'a SinkEvent, fragments: &[&str]) -> Option<&'a Konst> {
    event
        .fields
        .iter()
        .find(|(name, _)| fragments.iter().any(|f| name.contains(f)))
        .map(|(_, value)| value)
}

fn is(value: Option<&Konst>, expected: bool) -> bool {
    value.is_some_and(|v| {
        !v.values().is_empty()
            && v.values().iter().all(|c| match c {
                Const::Bool(b) => *b == expected,
                Const::Str(s) => s.eq_ignore_ascii_case(if expected { "true" } else { "false" }),
                _ => false,
            })
    })
}

fn is_empty_string(value: Option<&Konst>) -> bool {
    value.is_some_and(|v| v.values().len() == 1 && v.as_single_str() == Some(""))
}

/// The parser or its factory was configured against external entities.
fn hardened(event: &SinkEvent) -> bool {
    is(setting(event, &["disallow-doctype-decl"]), true)
        || (is(setting(event, &["external-general-entities"]), false)
            && is(setting(event, &["external-parameter-entities"]), false))
        || is(setting(event, &["supportDTD", "SUPPORT_DTD"]), false)
        || is(
            setting(
                event,
                &[
                    "isSupportingExternalEntities",
                    "IS_SUPPORTING_EXTERNAL_ENTITIES",
                ],
            ),
            false,
        )
        || (is_empty_string(setting(
            event,
            &["ACCESS_EXTERNAL_DTD", "accessExternalDTD"],
        )) && !event.callee.as_str().contains("XMLReader"))
        || is(setting(event, &["keyword:resolve_entities"]), false)
        || is(
            setting(
                event,
                &["keyword:feature_external_ges", "feature_external_ges"],
            ),
            false,
        )
}
