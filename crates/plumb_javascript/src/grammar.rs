//! The three grammars a file may be parsed with (JavaScript with JSX,
//! TypeScript, TSX) and, for each, kind names and field ids looked up by id
//! (see `plumb_syntax`). The TypeScript grammars extend the JavaScript one,
//! so the lowering reads the same kind and field names from all three; only
//! the ids differ.

use std::num::NonZeroU16;
use std::sync::LazyLock;

use plumb_syntax::{FieldIds, KindNames};
use tree_sitter::{Language, Node};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Dialect {
    JavaScript,
    TypeScript,
    Tsx,
}

impl Dialect {
    pub fn language(self) -> Language {
        match self {
            Dialect::JavaScript => tree_sitter_javascript::LANGUAGE.into(),
            Dialect::TypeScript => tree_sitter_typescript::LANGUAGE_TYPESCRIPT.into(),
            Dialect::Tsx => tree_sitter_typescript::LANGUAGE_TSX.into(),
        }
    }

    pub fn grammar(self) -> &'static Grammar {
        static GRAMMARS: LazyLock<[Grammar; 3]> = LazyLock::new(|| {
            [
                Grammar::new(Dialect::JavaScript),
                Grammar::new(Dialect::TypeScript),
                Grammar::new(Dialect::Tsx),
            ]
        });
        &GRAMMARS[self as usize]
    }
}

/// The grammar fields the lowering reads.
#[derive(Clone, Copy)]
pub enum FieldName {
    Alias,
    Alternative,
    Argument,
    Arguments,
    Body,
    Condition,
    Consequence,
    Constructor,
    Declaration,
    Decorator,
    Finalizer,
    Function,
    Handler,
    Increment,
    Index,
    Initializer,
    Key,
    Kind,
    Label,
    Left,
    Name,
    Object,
    Operator,
    Parameter,
    Parameters,
    Pattern,
    Property,
    ReturnType,
    Right,
    Source,
    Type,
    TypeArguments,
    Value,
}

const FIELD_NAMES: &[&str] = &[
    "alias",
    "alternative",
    "argument",
    "arguments",
    "body",
    "condition",
    "consequence",
    "constructor",
    "declaration",
    "decorator",
    "finalizer",
    "function",
    "handler",
    "increment",
    "index",
    "initializer",
    "key",
    "kind",
    "label",
    "left",
    "name",
    "object",
    "operator",
    "parameter",
    "parameters",
    "pattern",
    "property",
    "return_type",
    "right",
    "source",
    "type",
    "type_arguments",
    "value",
];

pub struct Grammar {
    kinds: KindNames,
    fields: FieldIds,
}

impl Grammar {
    fn new(dialect: Dialect) -> Grammar {
        let language = dialect.language();
        Grammar {
            kinds: KindNames::new(&language),
            fields: FieldIds::new(&language, FIELD_NAMES),
        }
    }

    /// The same text as `Node::kind`, looked up by id.
    pub fn kind(&self, node: Node<'_>) -> &'static str {
        self.kinds.of(&node)
    }

    pub fn field_id(&self, field: FieldName) -> Option<NonZeroU16> {
        self.fields.get(field as usize)
    }

    /// `child_by_field_name` without the name lookup.
    pub fn field<'t>(&self, node: Node<'t>, field: FieldName) -> Option<Node<'t>> {
        self.field_id(field)
            .and_then(|id| node.child_by_field_id(id.get()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_field_exists_in_the_typescript_grammars() {
        for dialect in [Dialect::TypeScript, Dialect::Tsx] {
            let grammar = dialect.grammar();
            for (index, name) in FIELD_NAMES.iter().enumerate() {
                assert!(
                    grammar.fields.get(index).is_some(),
                    "{dialect:?} lacks {name}"
                );
            }
        }
    }
}
