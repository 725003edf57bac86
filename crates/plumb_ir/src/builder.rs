use std::cell::RefCell;

use plumb_text::{Name, Span};

use crate::{
    Block, BlockId, Expr, FuncId, Function, FunctionKind, Instr, InstrKind, Local, Operand, Param,
    Terminator, TypeRef, VarId,
};

/// Builds one function's CFG while a front end walks its syntax: blocks are
/// appended, the current block receives instructions until it is terminated,
/// and named variables are looked up through a stack of lexical scopes.
pub struct FunctionBuilder {
    function: Function,
    current: Option<BlockId>,
    scopes: Vec<Vec<(Name, VarId)>>,
    handlers: Vec<BlockId>,
    temp_count: u32,
}

impl FunctionBuilder {
    pub fn new(name: Name, qualified: Name, kind: FunctionKind, span: Span) -> Self {
        let function = Function {
            name,
            qualified,
            kind,
            class: None,
            is_static: false,
            params: Vec::new(),
            annotations: Vec::new(),
            return_type: None,
            locals: Vec::new(),
            blocks: Vec::new(),
            captures: Vec::new(),
            parent: None,
            span,
        };
        let mut builder = FunctionBuilder {
            function,
            current: None,
            scopes: vec![Vec::new()],
            handlers: Vec::new(),
            temp_count: 0,
        };
        let entry = builder.new_block();
        builder.switch_to(entry);
        builder
    }

    /// The function under construction, for setting class, annotations, return type, ...
    pub fn function_mut(&mut self) -> &mut Function {
        &mut self.function
    }

    pub fn function(&self) -> &Function {
        &self.function
    }

    pub fn add_param(&mut self, mut param: Param) -> VarId {
        let var = self.declare(param.name, param.ty.clone());
        param.var = var;
        self.function.params.push(param);
        var
    }

    /// A new named variable in the innermost scope (shadowing outer ones).
    pub fn declare(&mut self, name: Name, ty: Option<TypeRef>) -> VarId {
        let var = self.push_local(Local {
            name,
            ty,
            is_temp: false,
        });
        if let Some(scope) = self.scopes.last_mut() {
            scope.push((name, var));
        }
        var
    }

    pub fn temp(&mut self) -> VarId {
        self.temp_count += 1;
        let name = temp_name(self.temp_count);
        self.push_local(Local {
            name,
            ty: None,
            is_temp: true,
        })
    }

    fn push_local(&mut self, local: Local) -> VarId {
        let var = VarId(self.function.locals.len() as u32);
        self.function.locals.push(local);
        var
    }

    pub fn lookup(&self, name: Name) -> Option<VarId> {
        self.scopes.iter().rev().find_map(|scope| {
            scope
                .iter()
                .rev()
                .find(|(n, _)| *n == name)
                .map(|(_, v)| *v)
        })
    }

    pub fn push_scope(&mut self) {
        self.scopes.push(Vec::new());
    }

    pub fn pop_scope(&mut self) {
        if self.scopes.len() > 1 {
            self.scopes.pop();
        }
    }

    /// Exception handlers: blocks created while a handler is pushed send
    /// their exceptions to it.
    pub fn push_handler(&mut self, handler: BlockId) {
        self.handlers.push(handler);
    }

    pub fn pop_handler(&mut self) {
        self.handlers.pop();
    }

    pub fn new_block(&mut self) -> BlockId {
        let id = BlockId(self.function.blocks.len() as u32);
        self.function.blocks.push(Block {
            instrs: Vec::new(),
            term: Terminator::Unreachable,
            term_span: Span::DUMMY,
            handler: self.handlers.last().copied(),
        });
        id
    }

    pub fn switch_to(&mut self, block: BlockId) {
        self.current = Some(block);
    }

    pub fn current_block(&self) -> Option<BlockId> {
        self.current
    }

    /// True once the current block ended (after `return`, `throw`, `break`):
    /// code that follows is dead and goes to a fresh unreachable block.
    pub fn is_terminated(&self) -> bool {
        self.current.is_none()
    }

    fn ensure_open_block(&mut self) -> BlockId {
        match self.current {
            Some(block) => block,
            None => {
                let block = self.new_block();
                self.current = Some(block);
                block
            }
        }
    }

    pub fn push(&mut self, kind: InstrKind, span: Span) {
        let block = self.ensure_open_block();
        self.function.blocks[block.0 as usize]
            .instrs
            .push(Instr { kind, span });
    }

    /// `temp = expr`, returning the temporary as an operand.
    pub fn assign_temp(&mut self, value: Expr, span: Span) -> Operand {
        let dst = self.temp();
        self.push(InstrKind::Assign { dst, value }, span);
        Operand::Var(dst)
    }

    /// The value as an operand: a plain operand as it is, anything else
    /// through a temporary.
    pub fn spill(&mut self, value: Expr, span: Span) -> Operand {
        match value {
            Expr::Use(operand) => operand,
            other => self.assign_temp(other, span),
        }
    }

    /// An expression evaluated for its effect; plain operands have none.
    pub fn eval(&mut self, value: Expr, span: Span) {
        if !matches!(value, Expr::Use(_)) {
            self.push(InstrKind::Eval(value), span);
        }
    }

    pub fn assign(&mut self, dst: VarId, value: Expr, span: Span) {
        self.push(InstrKind::Assign { dst, value }, span);
    }

    /// Ends the current block with `term`; following code needs `switch_to`.
    pub fn terminate(&mut self, term: Terminator) {
        let block = self.ensure_open_block();
        self.function.blocks[block.0 as usize].term = term;
        self.current = None;
    }

    /// Ends the current block with a `return`/`throw` at `span` (the
    /// statement's span: findings on returned values are reported there).
    pub fn terminate_at(&mut self, term: Terminator, span: Span) {
        let block = self.ensure_open_block();
        self.function.blocks[block.0 as usize].term_span = span;
        self.terminate(term);
    }

    pub fn goto(&mut self, target: BlockId) {
        if self.current.is_some() {
            self.terminate(Terminator::Goto(target));
        }
    }

    pub fn finish(mut self) -> Function {
        if self.current.is_some() {
            self.terminate(Terminator::Return(None));
        }
        self.function
    }
}

thread_local! {
    /// `$t1`, `$t2`, ...: every function numbers its temporaries from one,
    /// so the same few names are formatted and interned over and over.
    static TEMP_NAMES: RefCell<Vec<Name>> = const { RefCell::new(Vec::new()) };
}

/// The name of the `number`th temporary (from 1).
fn temp_name(number: u32) -> Name {
    TEMP_NAMES.with(|names| {
        let mut names = names.borrow_mut();
        let index = number as usize;
        while names.len() < index {
            let next = names.len() + 1;
            names.push(Name::new(&format!("$t{next}")));
        }
        names[index.saturating_sub(1)]
    })
}

/// Placeholder id used by front ends before a function is pushed into the
/// module arena.
pub const NO_FUNC: FuncId = FuncId(u32::MAX);
