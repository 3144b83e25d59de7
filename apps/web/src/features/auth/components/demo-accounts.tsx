import { Role } from '@danvan/domain';
import { Alert, Code, Table, Text } from '@mantine/core';
import { messages } from '@/config/messages';
import classes from './login-page.module.css';

const text = messages.auth.demoAccounts;

/** The accounts the demo dataset creates (illustrative, like the rest of its data). */
const DEMO_PASSWORD = 'danvan-demo';
const DEMO_ACCOUNTS = [
  { username: 'admin', role: 'admin', unit: null },
  { username: 'bandanvan', role: 'unit_officer', unit: 'Chi bộ Ban Dân vận Tỉnh ủy' },
  { username: 'viewer', role: 'viewer', unit: null },
] as const satisfies readonly { username: string; role: Role; unit: string | null }[];

/** Shown on the login page only when the server runs on the illustrative dataset. */
export function DemoAccounts() {
  return (
    <Alert
      color="yellow"
      variant="light"
      title={text.title}
      role="note"
      data-testid="demo-accounts"
      classNames={{ root: classes.demoAccounts, title: classes.demoTitle }}
    >
      <Text size="sm">{text.body}</Text>
      <Table mt="xs" verticalSpacing={4} horizontalSpacing="xs" fz="sm" className={classes.demoTable}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{text.usernameColumn}</Table.Th>
            <Table.Th scope="col">{text.roleColumn}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {DEMO_ACCOUNTS.map((account) => (
            <Table.Tr key={account.username}>
              <Table.Td>
                <Code className={classes.code}>{account.username}</Code>
              </Table.Td>
              <Table.Td>
                {Role.labels[account.role]}
                {account.unit ? (
                  <Text component="span" size="sm" display="block">
                    {account.unit}
                  </Text>
                ) : null}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Text size="sm" mt="xs">
        {text.password} <Code className={classes.code}>{DEMO_PASSWORD}</Code>
      </Text>
    </Alert>
  );
}
