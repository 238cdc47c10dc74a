import { render } from 'preact';
import '../../components/theme.css';
import './style.css';
import { App } from './App';
import { t } from '../../lib/i18n';

document.title = t('libraryTitle');
document.documentElement.lang = document.documentElement.lang || navigator.language;
render(<App />, document.getElementById('app')!);
