import { render } from 'preact';
import '../../components/theme.css';
import './style.css';
import { App } from './App';
import { startLanguage } from '../../lib/i18n';

// The page speaks the reader's language from its first paint, and follows changes of the option.
void startLanguage({ page: { document, titleKey: 'optionsTitle' } }).ready.then(() => render(<App />, document.getElementById('app')!));
