//! The grammar fields the lowering reads, looked up by id.

plumb_syntax::grammar_fields! {
    tree_sitter::Language::from(tree_sitter_php::LANGUAGE_PHP);
    Alias = "alias",
    Alternative = "alternative",
    Argument = "argument",
    Arguments = "arguments",
    Body = "body",
    Condition = "condition",
    ConditionalExpressions = "conditional_expressions",
    DefaultValue = "default_value",
    Function = "function",
    Initialize = "initialize",
    Left = "left",
    Name = "name",
    Object = "object",
    Operator = "operator",
    Parameters = "parameters",
    ReturnExpression = "return_expression",
    ReturnType = "return_type",
    Right = "right",
    Scope = "scope",
    Type = "type",
    Update = "update",
    Value = "value",
}
