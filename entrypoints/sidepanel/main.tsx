import { render } from 'preact';
import '../../components/theme.css';
import './style.css';
import { App } from './App';
import { t } from '../../lib/i18n';

document.title = t('extName');
render(<App />, document.getElementById('app')!);
