import { adminOnly, type RouteExpectation } from "./types";

export const routes: RouteExpectation[] = [adminOnly("/admin/emner")];
