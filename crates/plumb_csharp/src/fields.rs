//! The grammar fields the lowering reads, looked up by id.

plumb_syntax::grammar_fields! {
    tree_sitter::Language::from(tree_sitter_c_sharp::LANGUAGE);
    Accessors = "accessors",
    Alternative = "alternative",
    Arguments = "arguments",
    Body = "body",
    Condition = "condition",
    Consequence = "consequence",
    Expression = "expression",
    Function = "function",
    Initializer = "initializer",
    Left = "left",
    Name = "name",
    Operator = "operator",
    Parameters = "parameters",
    Pattern = "pattern",
    Qualifier = "qualifier",
    Rank = "rank",
    Returns = "returns",
    Right = "right",
    Subscript = "subscript",
    Type = "type",
    Update = "update",
    Value = "value",
}
