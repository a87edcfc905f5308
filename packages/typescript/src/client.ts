/**
 * Recognises the running task's XCom client: `getClient()` (native-authoring API), a constant
 * holding it, or the `client` a 0.1 handler receives (`({ client }) => …`, `args.client`).
 */
import { propertyName, unwrap, type Node } from "./ast.js";
import { SDK_API } from "./catalogs/sdk.js";
import type { TsModule } from "./module.js";
import { initializerOf } from "./tasks.js";

const MAX_DEPTH = 8;

export function isXComClient(expression: Node, module: TsModule, depth = 0): boolean {
  if (depth > MAX_DEPTH) return false;
  const node = unwrap(expression);
  if (node.type === "CallExpression") return module.sdk.of(node.callee) === SDK_API.getClientFunction;
  if (node.type === "MemberExpression") {
    return propertyName(node) === SDK_API.clientArgumentProperty && isHandlerArguments(node.object, module);
  }
  if (node.type !== "Identifier") return false;
  const init = initializerOf(node, module.context);
  if (init) return isXComClient(init, module, depth + 1);
  const binding = module.context.scopes.resolve(node);
  if (!binding?.destructured || binding.destructured.keys.join(".") !== SDK_API.clientArgumentProperty)
    return false;
  // `const { client } = args` or a handler's `({ client })` parameter.
  if (binding.destructured.source) return isHandlerArguments(binding.destructured.source, module);
  return binding.param?.index === 0 && module.handlers.has(binding.param.fn);
}

/** The first parameter of a task handler, taken whole (`(args) => args.client`). */
function isHandlerArguments(expression: Node, module: TsModule): boolean {
  const node = unwrap(expression);
  if (node.type !== "Identifier") return false;
  const binding = module.context.scopes.resolve(node);
  return (
    binding?.kind === "param" &&
    !binding.destructured &&
    binding.param?.index === 0 &&
    module.handlers.has(binding.param.fn)
  );
}
