// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

import "./Types.sol";

/// @notice Every event the hub emits; off-chain parts follow these.
interface IHubEvents {
    // escrow
    event Deposit(address indexed account, uint256 amount);
    event Withdraw(address indexed account, uint256 amount);
    /// @notice Emitted whenever an account's balance or frozen amount changes.
    event AccountUpdated(address indexed account, uint256 balance, uint256 frozen);
    event PotUpdated(uint256 pot);
    event OwnershipTransferred(address indexed previousOwner, address indexed newOwner);
    // registries
    event CategoryCreated(uint256 indexed id, string name, string description, uint256 timeRef);
    event AppCreated(address indexed app, address indexed owner, uint8 kind, string name, string uri, bytes32 checksum, bytes extra);
    event DatasetCreated(address indexed dataset, address indexed owner, string name, string uri, bytes32 checksum);
    event WorkerpoolCreated(address indexed workerpool, address indexed owner, string description, uint256 workerStakeRatio, uint256 schedulerRewardRatio);
    event WorkerpoolPolicyUpdated(address indexed workerpool, uint256 workerStakeRatio, uint256 schedulerRewardRatio);
    event AssetTransferred(address indexed asset, address indexed from, address indexed to);
    // market
    event OrderPresigned(bytes32 indexed orderHash, address indexed owner);
    event OrderCancelled(bytes32 indexed orderHash, address indexed owner);
    event OrdersMatched(bytes32 indexed dealid, bytes32 appHash, bytes32 datasetHash, bytes32 workerpoolHash, bytes32 requestHash, uint256 volume);
    event DealCreated(
        bytes32 indexed dealid,
        address indexed workerpool,
        address indexed requester,
        address app,
        address dataset,
        uint256 category,
        uint256 trust,
        bytes32 tag,
        address beneficiary,
        address callback,
        string params,
        uint256 botFirst,
        uint256 volume
    );
    // tasks
    event TaskInitialize(bytes32 indexed taskid, bytes32 indexed dealid, uint256 idx);
    event TaskContribute(bytes32 indexed taskid, address indexed worker, bytes32 resultHash);
    event TaskConsensus(bytes32 indexed taskid, bytes32 consensusValue);
    event TaskReveal(bytes32 indexed taskid, address indexed worker, bytes32 digest);
    event TaskReopen(bytes32 indexed taskid);
    event TaskFinalize(bytes32 indexed taskid, bytes results);
    event TaskClaimed(bytes32 indexed taskid);
    event ScoreUpdated(address indexed worker, uint256 score);
    event CallbackDelivered(bytes32 indexed taskid, address indexed callback, bool success);
    // batched path
    event BondUpdated(address indexed worker, address indexed workerpool, uint256 bonded, uint256 unbonding, uint256 releaseTime);
    event TaskSettled(bytes32 indexed taskid, bytes32 digest, bytes results);
    event StakeSeized(bytes32 indexed taskid, address indexed worker, uint256 amount);
}

/// @notice Escrow, registries, categories, scores and governance.
interface IHubEscrow {
    function token() external view returns (address);
    function owner() external view returns (address);
    function transferOwnership(address newOwner) external;

    function deposit(uint256 amount) external;
    function depositFor(uint256 amount, address target) external;
    function withdraw(uint256 amount) external;
    function viewAccount(address account) external view returns (AccountView memory);
    function pot() external view returns (uint256);
    function viewScore(address worker) external view returns (uint256);

    function createCategory(string calldata name, string calldata description, uint256 timeRef) external returns (uint256);
    function countCategory() external view returns (uint256);
    function viewCategory(uint256 id) external view returns (CategoryView memory);

    function createApp(string calldata name, uint8 kind, string calldata uri, bytes32 checksum, bytes calldata extra) external returns (address);
    function viewApp(address app) external view returns (AppView memory);
    function createDataset(string calldata name, string calldata uri, bytes32 checksum) external returns (address);
    function viewDataset(address dataset) external view returns (DatasetView memory);
    function createWorkerpool(string calldata description, uint256 workerStakeRatio, uint256 schedulerRewardRatio) external returns (address);
    function viewWorkerpool(address workerpool) external view returns (WorkerpoolView memory);
    function setWorkerpoolPolicy(address workerpool, uint256 workerStakeRatio, uint256 schedulerRewardRatio) external;
    function transferApp(address app, address newOwner) external;
    function transferDataset(address dataset, address newOwner) external;
    function transferWorkerpool(address workerpool, address newOwner) external;
}

/// @notice Orders: hashing, presign, cancel and matching into deals.
interface IHubMarket {
    function domainSeparator() external view returns (bytes32);
    function hashAppOrder(AppOrder calldata order) external view returns (bytes32);
    function hashDatasetOrder(DatasetOrder calldata order) external view returns (bytes32);
    function hashWorkerpoolOrder(WorkerpoolOrder calldata order) external view returns (bytes32);
    function hashRequestOrder(RequestOrder calldata order) external view returns (bytes32);
    function viewConsumed(bytes32 orderHash) external view returns (uint256);
    function viewPresigned(bytes32 orderHash) external view returns (bool);

    function presignAppOrder(AppOrder calldata order) external;
    function presignDatasetOrder(DatasetOrder calldata order) external;
    function presignWorkerpoolOrder(WorkerpoolOrder calldata order) external;
    function presignRequestOrder(RequestOrder calldata order) external;
    function cancelAppOrder(AppOrder calldata order) external;
    function cancelDatasetOrder(DatasetOrder calldata order) external;
    function cancelWorkerpoolOrder(WorkerpoolOrder calldata order) external;
    function cancelRequestOrder(RequestOrder calldata order) external;

    function matchOrders(AppOrder calldata appOrder, DatasetOrder calldata datasetOrder, WorkerpoolOrder calldata workerpoolOrder, RequestOrder calldata requestOrder) external returns (bytes32 dealid);
    function viewDeal(bytes32 dealid) external view returns (DealView memory);
}

/// @notice The task lifecycle of Proof-of-Contribution.
interface IHubTasks {
    function initialize(bytes32 dealid, uint256 idx) external returns (bytes32 taskid);
    function initializeArray(bytes32[] calldata dealids, uint256[] calldata idxs) external;
    function contribute(bytes32 taskid, bytes32 resultHash, bytes32 resultSeal, bytes calldata authorization) external;
    function reveal(bytes32 taskid, bytes32 digest) external;
    function reopen(bytes32 taskid) external;
    function finalize(bytes32 taskid, bytes calldata results, bytes calldata resultsCallback) external;
    function contributeAndFinalize(bytes32 taskid, bytes32 digest, bytes calldata results, bytes calldata resultsCallback, bytes calldata authorization) external;
    function claim(bytes32 taskid) external;
    function claimArray(bytes32[] calldata dealids, uint256[] calldata idxs) external;

    function viewTask(bytes32 taskid) external view returns (TaskView memory);
    function viewContribution(bytes32 taskid, address worker) external view returns (ContributionView memory);
    function resultFor(bytes32 taskid) external view returns (bytes memory);
}

/// @notice Workers' bonds to workerpools: the stakes of the batched path.
interface IHubBonds {
    function bond(address workerpool, uint256 amount) external;
    function unbond(address workerpool, uint256 amount) external;
    function withdrawUnbonded(address workerpool) external;
    function viewBond(address worker, address workerpool) external view returns (BondView memory);
    function unbondDelay() external view returns (uint256);
}

/// @notice The batched path: many tasks certified from signed contributions in one call.
interface IHubBatch {
    function settle(address[] calldata workers, TaskSettlement[] calldata tasks) external;
    function claimBatched(bytes32[] calldata dealids, uint256[] calldata idxs) external;
    function viewBatchBits(bytes32 dealid, uint256 word) external view returns (BatchBitsView memory);
}

/// @notice The whole hub as seen from outside: one address, every function and event.
interface IHub is IHubEvents, IHubEscrow, IHubMarket, IHubTasks, IHubBonds, IHubBatch {}

/// @notice What a dapp implements to receive results (EIP-1154 style).
interface IOracleConsumer {
    function receiveResult(bytes32 taskid, bytes calldata result) external;
}
