/** Ids that are JavaScript property names: each must be an ordinary id everywhere. */
export const PROPERTY_NAME_IDS = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', '__defineGetter__', 'valueOf'];
