/**
 * The explorer page: start page, search, graph, time, chairs, path, timeline, review and details,
 * kept in the address. The parts live in app/ (see src/explorer/README.md); this wires and starts them.
 */
import "./styles.css";
import { wireControls } from "./app/controls.js";
import { start } from "./app/start.js";

wireControls();
void start();
