/**
 * The mechanism panel's interaction state as a pure reducer: which view is
 * shown (healthy or chronic pain), which node or link has the keyboard focus,
 * which one's details are open, and whether the text alternative is shown.
 * The side panel holds it with useReducer; tests drive it directly.
 */
import { isNavKey, nextItem, type MapItem, type NavGraph } from './navigation';
import type { MapViewName } from './schema';

/** A detail card: a map item, or any glossary term reached from a card's related terms. */
export type OpenItem = MapItem | { kind: 'term'; id: string };

export interface MapState {
  view: MapViewName;
  focus?: MapItem;
  open?: OpenItem;
  text: boolean;
  /** Bumped whenever the keyboard moves the focus, so the view moves DOM focus (and only then). */
  moves: number;
}

export type MapAction =
  | { type: 'key'; key: string }
  | { type: 'focus'; item: MapItem }
  | { type: 'open'; item: OpenItem }
  | { type: 'close' }
  | { type: 'view'; view: MapViewName }
  | { type: 'text'; on: boolean };

export const initialMapState: MapState = { view: 'healthy', text: false, moves: 0 };

/** Closing a card returns the keyboard to the item whose card it was. */
function closeCard(state: MapState): MapState {
  if (!state.open) return state;
  const back = state.open.kind === 'term' ? state.focus : state.open;
  return { ...state, open: undefined, focus: back, moves: state.moves + 1 };
}

export function mapReducer(graph: NavGraph) {
  return (state: MapState, action: MapAction): MapState => {
    switch (action.type) {
      case 'key': {
        if (action.key === 'Enter' || action.key === ' ') return state.focus ? { ...state, open: state.focus } : state;
        if (action.key === 'Escape') return closeCard(state);
        if (!isNavKey(action.key)) return state;
        const next = nextItem(graph, state.focus, action.key);
        return next ? { ...state, focus: next, moves: state.moves + 1 } : state;
      }
      case 'focus':
        return { ...state, focus: action.item };
      case 'open':
        return { ...state, open: action.item, focus: action.item.kind === 'term' ? state.focus : action.item };
      case 'close':
        return closeCard(state);
      case 'view':
        return { ...state, view: action.view };
      case 'text':
        // The details belong to the map: switching to the text view closes them.
        return { ...(action.on ? closeCard(state) : state), text: action.on };
    }
  };
}
